// reduce, reduceRight, find, findIndex, findLast, findLastIndex, flat, flatMap.
function add(a, b) { return a + b; }
console.log([1, 2, 3, 4].reduce(add), [1, 2, 3, 4].reduce(add, 10), [].reduce(add, "init"), [5].reduce(add)); // expect: 10 20 init 5
console.log(["a", "b", "c"].reduce(add), ["a", "b", "c"].reduceRight(add), ["a", "b", "c"].reduceRight(add, "!")); // expect: abc cba !cba
var trace = [];
function log4(acc, v, i, arr) { trace.push(acc + "/" + v + "/" + i + "/" + arr.length); return acc + v; }
[1, , 3].reduce(log4);
console.log(trace.join(" ")); // expect: 1/3/2/3
trace = [];
[1, , 3].reduceRight(log4, 0);
console.log(trace.join(" ")); // expect: 0/3/2/3 3/1/0/3
function pair(acc, v) { acc.push(v * 2); return acc; }
console.log([1, 2, 3].reduce(pair, [])); // expect: [ 2, 4, 6 ]
function gt1(x) { return x > 1; }
console.log([1, 2, 3].find(gt1), [1, 2, 3].findIndex(gt1), [1, 2, 3].findLast(gt1), [1, 2, 3].findLastIndex(gt1)); // expect: 2 1 3 2
console.log([0, 1].find(gt1), [0, 1].findIndex(gt1), [0, 1].findLast(gt1), [0, 1].findLastIndex(gt1)); // expect: undefined -1 undefined -1
var idx = [];
function hole(v, i) { idx.push(i + "=" + v); return false; }
[1, , 3].find(hole);
[1, , 3].findLast(hole);
console.log(idx.join(" ")); // expect: 0=1 1=undefined 2=3 2=3 1=undefined 0=1
var ctx = {limit: 2};
function over(x) { return x > this.limit; }
console.log([1, 2, 3, 4].find(over, ctx), [1, 2, 3, 4].findLastIndex(over, ctx)); // expect: 3 3
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity)); // expect: [ 1, 2, [ 3, [ 4 ] ] ] [ 1, 2, 3, [ 4 ] ] [ 1, 2, 3, 4 ]
console.log([1, [2]].flat(0), [1, [2]].flat(-1), [[1], [2]].flat("1"), [1, , [2, , 3]].flat()); // expect: [ 1, [ 2 ] ] [ 1, [ 2 ] ] [ 1, 2 ] [ 1, 2, 3 ]
function dup(x) { return [x, x * 10]; }
function nested(x) { return [[x]]; }
function plain(x, i) { return x + i; }
console.log([1, 2].flatMap(dup), [1, 2].flatMap(nested), [1, 2].flatMap(plain), [, 1].flatMap(dup)); // expect: [ 1, 10, 2, 20 ] [ [ 1 ], [ 2 ] ] [ 1, 3 ] [ 1, 10 ]
var like = {length: 2, 0: 3, 1: 4, reduce: Array.prototype.reduce, find: Array.prototype.find};
console.log(like.reduce(add), like.find(gt1)); // expect: 7 3
var deep = [];
var cur = deep;
for (var i = 0; i < 100; i++) { var next = [i]; cur.push(next); cur = next; }
console.log(deep.flat(Infinity).length); // expect: 100
