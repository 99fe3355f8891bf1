// slice and splice with relative and out-of-range indices, holes, insertion.
var a = [1, 2, 3, 4, 5];
console.log(a.slice(), a.slice(2), a.slice(1, 3), a.slice(-2), a.slice(-3, -1)); // expect: [ 1, 2, 3, 4, 5 ] [ 3, 4, 5 ] [ 2, 3 ] [ 4, 5 ] [ 3, 4 ]
console.log(a.slice(3, 1), a.slice(10), a.slice(-10, 2), a.slice(1.7, 3.2), a.slice("1", "2")); // expect: [] [] [ 1, 2 ] [ 2, 3 ] [ 2 ]
console.log(a.slice(NaN, undefined), a.slice(0, Infinity), a.slice(-Infinity, -4)); // expect: [ 1, 2, 3, 4, 5 ] [ 1, 2, 3, 4, 5 ] [ 1 ]
console.log([1, , 3].slice(0, 2), [, , 1].slice(1).length); // expect: [ 1, <1 empty item> ] 2
var b = [1, 2, 3, 4, 5];
console.log(b.splice(1, 2), b); // expect: [ 2, 3 ] [ 1, 4, 5 ]
console.log(b.splice(1, 0, "a", "b"), b); // expect: [] [ 1, 'a', 'b', 4, 5 ]
console.log(b.splice(-2), b); // expect: [ 4, 5 ] [ 1, 'a', 'b' ]
console.log(b.splice(0, 1, "x", "y", "z"), b); // expect: [ 1 ] [ 'x', 'y', 'z', 'a', 'b' ]
console.log(b.splice(), b); // expect: [] [ 'x', 'y', 'z', 'a', 'b' ]
console.log(b.splice(1), b); // expect: [ 'y', 'z', 'a', 'b' ] [ 'x' ]
var c = [1, 2, 3];
console.log(c.splice(0, -1), c.splice(1, 100), c); // expect: [] [ 2, 3 ] [ 1 ]
console.log(c.splice(5, 1, "end"), c); // expect: [] [ 1, 'end' ]
var h = [1, , 3, , 5];
console.log(h.splice(1, 2), h); // expect: [ <1 empty item>, 3 ] [ 1, <1 empty item>, 5 ]
var like = {length: 4, 0: "a", 1: "b", 2: "c", 3: "d", splice: Array.prototype.splice,
  slice: Array.prototype.slice};
console.log(like.slice(1, 3)); // expect: [ 'b', 'c' ]
console.log(like.splice(1, 2, "X"), like.length, like[0], like[1], like[2], like[3]); // expect: [ 'b', 'c' ] 3 a X d undefined
console.log(like.splice(0, 0, "p", "q"), like.length, like[0], like[1], like[2], like[3]); // expect: [] 5 p q a X
var big = [];
for (var i = 0; i < 1000; i++) big.push(i);
var removed = big.splice(100, 800);
console.log(removed.length, removed[0], removed[799], big.length, big[100]); // expect: 800 100 899 200 900
