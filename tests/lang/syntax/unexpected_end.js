// A block that is never closed.
let x = 1;
if (x) {
  console.log(x);
// expect error: SyntaxError: Unexpected end of input
