switch (1) {
  case 1:
    let a = 1;
  case 2:
    let a = 2;
}
// expect error: SyntaxError: Identifier 'a' has already been declared
