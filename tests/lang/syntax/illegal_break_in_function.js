// break in a function that is not inside a loop of that function.
function f() {
  break;
}
for (let i = 0; i < 3; i++) f();
// expect error: SyntaxError: Illegal break statement
