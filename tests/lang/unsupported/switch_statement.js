// switch is not part of the language.
// node: skip (valid JavaScript outside the subset)
let n = 2;
switch (n) {
  case 1: console.log("one"); break;
  default: console.log("other");
}
// expect error: SyntaxError: stitch does not support `switch` statements
