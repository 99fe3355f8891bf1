outer: for (;;) {
  let f = function () { break outer; };
  break;
}
// expect error: SyntaxError: Undefined label 'outer'
