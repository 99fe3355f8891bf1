"use strict";
// In a strict script a function declared in a block is the block's own:
// the outer one of the same name is unchanged.
function f() {
  return "outer";
}
{
  function f() {
    return "inner";
  }
  console.log(f()); // expect: inner
}
console.log(f()); // expect: outer
console.log(typeof g); // expect: undefined
{
  function g() {}
}
g();
// expect error: ReferenceError: g is not defined
