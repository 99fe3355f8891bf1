// indexOf and lastIndexOf (strict equality, holes skipped), includes (SameValueZero), at.
var a = [1, 2, 3, 2, 1, NaN, "2", undefined];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -5), a.indexOf(9), a.indexOf("2"), a.indexOf(NaN)); // expect: 1 3 3 -1 6 -1
console.log(a.indexOf(1, 100), a.indexOf(1, -100), a.indexOf(undefined), a.indexOf()); // expect: -1 0 7 7
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -6), a.lastIndexOf(1, -100), a.lastIndexOf(NaN)); // expect: 3 1 1 -1 -1
console.log(a.lastIndexOf(1, 100), a.lastIndexOf(undefined), [].lastIndexOf(1), a.lastIndexOf(2, undefined)); // expect: 4 7 -1 -1
console.log(a.includes(NaN), a.includes("2"), a.includes(2, 4), a.includes(1, -4), a.includes(undefined)); // expect: true true false true true
console.log([1, 2].includes(), [, 1].includes(undefined), [, 1].indexOf(undefined), [0].includes(-0), [-0].indexOf(0)); // expect: false true -1 true 0
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at(1.9), [1, 2, 3].at()); // expect: 1 3 undefined undefined 2 1
var o = {};
var objs = [o, {}, o];
console.log(objs.indexOf(o), objs.lastIndexOf(o), objs.indexOf({}), objs.includes(o)); // expect: 0 2 -1 true
var like = {length: 3, 0: "x", 1: "y", 2: "x", indexOf: Array.prototype.indexOf,
  lastIndexOf: Array.prototype.lastIndexOf, includes: Array.prototype.includes, at: Array.prototype.at};
console.log(like.indexOf("x"), like.lastIndexOf("x"), like.includes("y"), like.at(-2)); // expect: 0 2 true y
var sparse = [];
sparse[100000] = 7;
console.log(sparse.indexOf(7), sparse.lastIndexOf(7), sparse.includes(7)); // expect: 100000 100000 true
console.log("abc".length, [1.5, 2.5].indexOf(2.5), [1e21].includes(1e21)); // expect: 3 1 true
