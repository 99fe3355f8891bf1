// A let in a function body cannot redeclare a parameter.
function f(a) {
  let a = 2;
  return a;
}
// expect error: SyntaxError: Identifier 'a' has already been declared
