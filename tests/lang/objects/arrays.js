// Arrays: literals with holes, length read and write, indexing in and out
// of range, spread.
let a = [1, 2, 3];
console.log(a.length, a[0], a[2], a[3], a[-1]); // expect: 3 1 3 undefined undefined
let h = [1, , 3];
console.log(h, h.length, h[1], 1 in h); // expect: [ 1, <1 empty item>, 3 ] 3 undefined false
console.log([, ,], [,].length); // expect: [ <2 empty items> ] 1
a[5] = 6;
console.log(a, a.length); // expect: [ 1, 2, 3, <2 empty items>, 6 ] 6
a.length = 2;
console.log(a); // expect: [ 1, 2 ]
a.length = 4;
console.log(a); // expect: [ 1, 2, <2 empty items> ]
let b = [...a.slice(0, 2), ..."hi", 0];
console.log(b); // expect: [ 1, 2, 'h', 'i', 0 ]
let s = "abc";
console.log(s[0], s[2], s[3], s.length); // expect: a c undefined 3
let big = [];
big[1000000] = 1;
console.log(big.length); // expect: 1000001
try_length();
function try_length() {
  let x = [];
  x.length = -1;
}
// expect error: RangeError: Invalid array length
