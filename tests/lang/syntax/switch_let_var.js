// The cases of a switch share one block.
switch (1) {
  case 1:
    let a = 1;
    break;
  case 2:
    var a = 2;
}
// expect error: SyntaxError: Identifier 'a' has already been declared
