// A local let shadows the global for the whole function body, even before its declaration.
let x = 1;
function f() {
  console.log(x);
  let x = 2;
  return x;
}
console.log(x); // expect: 1
f();
// expect error: ReferenceError: Cannot access 'x' before initialization
