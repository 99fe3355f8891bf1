// forEach, map, filter, some, every: arguments (element, index, array), thisArg, holes.
var seen = [];
function record(v, i, arr) { seen.push(i + ":" + v + ":" + arr.length); }
[10, 20, 30].forEach(record);
console.log(seen.join(" ")); // expect: 0:10:3 1:20:3 2:30:3
seen = [];
[1, , 3].forEach(record);
console.log(seen.join(" ")); // expect: 0:1:3 2:3:3
console.log([1, 2, 3].forEach(record)); // expect: undefined
function double(x) { return x * 2; }
console.log([1, 2, 3].map(double), [].map(double), [1, , 3].map(double)); // expect: [ 2, 4, 6 ] [] [ 2, <1 empty item>, 6 ]
function withIndex(x, i) { return x + i; }
console.log([10, 20].map(withIndex), ["a", "b"].map(withIndex)); // expect: [ 10, 21 ] [ 'a0', 'b1' ]
var ctx = {k: 100};
function scaled(x) { return x * this.k; }
console.log([1, 2].map(scaled, ctx)); // expect: [ 100, 200 ]
function even(x) { return x % 2 === 0; }
console.log([1, 2, 3, 4].filter(even), [1, 3].filter(even), [, 2, , 4].filter(even)); // expect: [ 2, 4 ] [] [ 2, 4 ]
function truthy(x) { return x; }
console.log([0, 1, "", "a", null, {}].filter(truthy).length); // expect: 3
console.log([1, 2, 3].some(even), [1, 3].some(even), [].some(even), [, , 2].some(even)); // expect: true false false true
console.log([2, 4].every(even), [2, 3].every(even), [].every(even), [2, , 4].every(even)); // expect: true false true true
var calls = 0;
function count(x) { calls++; return x > 1; }
console.log([1, 2, 3, 4].some(count), calls); // expect: true 2
calls = 0;
console.log([1, 2, 3, 4].every(count), calls); // expect: false 1
var grow = [1, 2, 3];
function pusher(x, i, arr) { arr.push(x); return x; }
console.log(grow.map(pusher), grow.length); // expect: [ 1, 2, 3 ] 6
var shrink = [1, 2, 3, 4];
function popper(x, i, arr) { arr.pop(); return x; }
console.log(shrink.map(popper)); // expect: [ 1, 2, <2 empty items> ]
var like = {length: 3, 0: "a", 1: "b", 2: "c", map: Array.prototype.map, filter: Array.prototype.filter};
function upper(s, i) { return s + i; }
console.log(like.map(upper), like.filter(function (s) { return s !== "b"; })); // expect: [ 'a0', 'b1', 'c2' ] [ 'a', 'c' ]
var big = [];
for (var i = 0; i < 10000; i++) big.push(i);
function sq(x) { return x * x; }
function small(x) { return x < 10; }
console.log(big.map(sq).filter(small), big.map(sq)[9999]); // expect: [ 0, 1, 4, 9 ] 99980001
