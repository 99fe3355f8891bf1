// A local var is hoisted over the whole function and hides the global from the start.
var x = "global";
function f() {
  console.log(x);
  var x = "local";
  console.log(x);
}
f();
// expect: undefined
// expect: local
console.log(x); // expect: global
function g(flag) {
  if (flag) { var x = "only if"; }
  return x;
}
console.log(g(false)); // expect: undefined
