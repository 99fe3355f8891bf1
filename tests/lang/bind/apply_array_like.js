// Function.prototype.apply takes any array-like: an `arguments` object
// (the ES5 way to forward a variadic call) or an object with a length.
var s = [];
function p() { Array.prototype.push.apply(s, arguments); }
p(1, 2); p(); p(3);
console.log(s); // expect: [ 1, 2, 3 ]
function r() { return Math.max.apply(null, arguments); }
console.log(r(1, 9, 3), r()); // expect: 9 -Infinity
function count() { return arguments.length; }
console.log(count.apply(null, { length: 3 }), count.apply(null, { length: "2" }), count.apply(null, { length: -1 })); // expect: 3 2 0
console.log(Math.min.apply(Math, { length: 2, 0: 5, 1: 7, 2: 1 })); // expect: 5
var getterList = { get length() { return 2; }, 0: "a", 1: "b", 2: "c" };
console.log([].concat.apply([], getterList), Array.prototype.join.apply(["x", "y"], ["-"])); // expect: [ 'a', 'b' ] x-y
try { count.apply(null, { length: 1e8 }); } catch (e) { console.log(String(e)); } // expect: RangeError: Maximum call stack size exceeded
try { count.apply(null, "ab"); } catch (e) { console.log(String(e)); } // expect: TypeError: CreateListFromArrayLike called on non-object
