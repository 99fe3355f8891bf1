// A named function expression's own name is read-only: in sloppy code a
// store to it is dropped (the assignment still has its value), in strict
// code it is "Assignment to constant variable.".
var f = function g() {
  g = 1;
  return typeof g;
};
console.log(f());
// expect: function
var h = function g() {
  var r = (g = 5);
  var s = g += "";
  var n = g++;
  var m = ++g;
  [g] = [2];
  for (g of [3]);
  return [typeof g, r, typeof s, n, m].join();
};
console.log(h());
// expect: function,5,string,NaN,NaN
var k = function g() {
  return function () {
    g = 2;
    g++;
    return typeof g;
  };
};
console.log(k()());
// expect: function
var st = function g() {
  "use strict";
  try {
    g = 1;
  } catch (e) {
    return e.message;
  }
  return "no error";
};
console.log(st());
// expect: Assignment to constant variable.
class C {
  static m() {
    const f = function g() {
      g = 1;
    };
    try {
      f();
    } catch (e) {
      return e.constructor.name + ": " + e.message;
    }
    return "no error";
  }
}
console.log(C.m());
// expect: TypeError: Assignment to constant variable.
// A parameter or var of the same name is an ordinary binding.
var p = function g(g) {
  g = 3;
  return g;
};
console.log(p(1));
// expect: 3
var q = function g() {
  var g = 4;
  return g;
};
console.log(q());
// expect: 4
