// push, pop, shift and unshift, at both ends, with holes and on array-likes.
var a = [];
console.log(a.push(1), a.push(2, 3), a.push()); // expect: 1 3 3
console.log(a); // expect: [ 1, 2, 3 ]
console.log(a.pop(), a.pop(), a); // expect: 3 2 [ 1 ]
console.log(a.pop(), a.pop(), a.length); // expect: 1 undefined 0
var b = [1, 2, 3];
console.log(b.shift(), b, b.length); // expect: 1 [ 2, 3 ] 2
console.log(b.unshift(0), b); // expect: 3 [ 0, 2, 3 ]
console.log(b.unshift(-2, -1), b); // expect: 5 [ -2, -1, 0, 2, 3 ]
console.log(b.unshift(), b.length); // expect: 5 5
console.log([].shift(), [].unshift()); // expect: undefined 0
var h = [, 1, , 2];
console.log(h.shift(), h); // expect: undefined [ 1, <1 empty item>, 2 ]
console.log(h.unshift(9), h); // expect: 4 [ 9, 1, <1 empty item>, 2 ]
console.log(h.pop(), h.length); // expect: 2 3
var n = [1, 2, 3];
n.length = 6;
console.log(n.pop(), n.length); // expect: undefined 5
var s = [];
for (var i = 0; i < 10000; i++) s.push(i * 2);
var sum = 0;
while (s.length > 0) sum += s.pop();
console.log(sum, s.length); // expect: 99990000 0
var q = [];
for (var i = 0; i < 1000; i++) q.push(i);
var t = 0;
while (q.length) t += q.shift();
console.log(t); // expect: 499500
var like = {length: 2, 0: "a", 1: "b", push: Array.prototype.push, pop: Array.prototype.pop,
  shift: Array.prototype.shift, unshift: Array.prototype.unshift};
console.log(like.push("c", "d"), like.length, like[3]); // expect: 4 4 d
console.log(like.pop(), like.length, like[3]); // expect: d 3 undefined
console.log(like.shift(), like.length, like[0], like[1], like[2]); // expect: a 2 b c undefined
console.log(like.unshift("z"), like.length, like[0], like[1], like[2]); // expect: 3 3 z b c
var empty = {pop: Array.prototype.pop};
console.log(empty.pop(), empty.length); // expect: undefined 0
var sparse = [];
sparse[5000] = "x";
console.log(sparse.shift(), sparse.length, sparse[4999]); // expect: undefined 5000 x
