// Holes and length: what each method does with missing elements.
var a = [1, , 3];
console.log(a.length, 1 in a, a[1], a.indexOf(undefined), a.includes(undefined)); // expect: 3 false undefined -1 true
a.length = 5;
console.log(a, a.join("-")); // expect: [ 1, <1 empty item>, 3, <2 empty items> ] 1--3--
a.length = 1;
console.log(a, a[2]); // expect: [ 1 ] undefined
var b = [];
b[3] = "x";
console.log(b.length, b, b.join()); // expect: 4 [ <3 empty items>, 'x' ] ,,,x
var keys = [];
function k(v, i) { keys.push(i); }
b.forEach(k);
console.log(keys); // expect: [ 3 ]
var c = [1, 2, 3];
delete c[1];
console.log(c, c.map(function (x) { return x * 2; }), c.filter(function () { return true; })); // expect: [ 1, <1 empty item>, 3 ] [ 2, <1 empty item>, 6 ] [ 1, 3 ]
console.log(c.slice(), c.concat([4]), [].concat(c).length); // expect: [ 1, <1 empty item>, 3 ] [ 1, <1 empty item>, 3, 4 ] 3
var d = [, , ,];
console.log(d.length, d.every(function () { return false; }), d.some(function () { return true; })); // expect: 3 true false
console.log(Array.from(d), d.findIndex(function (x) { return x === undefined; })); // expect: [ undefined, undefined, undefined ] 0
var e = [0, 1, 2];
e[10] = 10;
console.log(e.length, e.indexOf(10), e.lastIndexOf(2), e.reduce(function (s, x) { return s + x; })); // expect: 11 10 2 13
var far = [];
far[4000000000] = 5;
console.log(far.length, far.lastIndexOf(5), far.slice(3999999999)); // expect: 4000000001 4000000000 [ <1 empty item>, 5 ]
var long = [1];
long.length = 100000000;
console.log(long.concat([2]).length, long.slice(-2), long.indexOf(1)); // expect: 100000001 [ <2 empty items> ] 0
