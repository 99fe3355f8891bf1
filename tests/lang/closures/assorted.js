// Assorted closure semantics: arrows nested in methods, defaults capturing
// parameters, var redeclaring a parameter, two let bindings in a for head,
// recursion building closures, shadowing, block functions, callbacks with thisArg.
const o = {
  name: "o",
  outer() {
    const a = () => () => this.name;
    return a()();
  },
  args() { return (() => (() => arguments[0])())(); },
};
console.log(o.outer(), o.args(42));
function f(a, g = () => a) { a = 2; return g(); }
console.log(f(1));
function h(x) { var x; return x; }
console.log(h(3));
function k(x) { var x = 4; return () => x; }
console.log(k(3)());
let fns = [];
for (let i = 0, j = 10; i < 3; i++, j--) fns.push(() => i + j);
console.log(fns.map(q => q()));
function rec(n) { return n === 0 ? [] : [() => n, ...rec(n - 1)]; }
console.log(rec(3).map(q => q()));
const deep = (a) => (b) => (c) => (d) => a + b + c + d;
console.log(deep(1)(2)(3)(4));
function shadow() { let x = 1; { let x = 2; var g = () => x; } return [x, g()]; }
console.log(shadow());
console.log(typeof (() => {}), (() => {}) instanceof Object);
var self = function () { return typeof self; };
console.log(self());
function counterObj() { let c = 0; return { inc() { return ++c; }, }; }
console.log(counterObj().inc());
function lenTest(a, b = 1, c) {} console.log(lenTest.length, ((...r) => 0).length, (function (a, b) {}).length);
console.log((function () { return arguments.length; })(1, 2, 3));
const arr = [1, 2, 3];
let total = 0;
arr.forEach(function (x) { total += x * this.m; }, { m: 10 });
console.log(total);
function wrap() { let v = 0; function inc() { v++; } inc(); inc(); return v; }
console.log(wrap());
{ function blockF() { return 'b'; } }
console.log(blockF());
console.log(String((x) => x + 1));
let t = 0; const add = (n) => t += n; add(5); add(6); console.log(t);
for (const x of [1, 2]) { setTimeoutLike(() => console.log(x)); }
function setTimeoutLike(f) { f(); }
// expect: o 42
// expect: 2
// expect: 3
// expect: 4
// expect: [ 10, 10, 10 ]
// expect: [ 3, 2, 1 ]
// expect: 10
// expect: [ 1, 2 ]
// expect: function true
// expect: function
// expect: 1
// expect: 1 0 2
// expect: 3
// expect: 60
// expect: 2
// expect: b
// expect: (x) => x + 1
// expect: 11
// expect: 1
// expect: 2
