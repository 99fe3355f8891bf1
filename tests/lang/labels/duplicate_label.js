x: while (true) {
  x: for (;;) break x;
}
// expect error: SyntaxError: Label 'x' has already been declared
