switch (1) {
  default:
  default:
}
// expect error: SyntaxError: More than one default clause in switch statement
