// Arrays of numbers keep raw doubles (PACKED_DOUBLE / HOLEY_DOUBLE):
// every transition and the corners a raw f64 store has (NaN, -0, holes).
var a = [1, 2, 3];
a.push(1.5);
console.log(a, a[3], a[0]); // expect: [ 1, 2, 3, 1.5 ] 1.5 1
a[1] = 7; // a Smi into double elements
console.log(a[1], typeof a[1], a.length); // expect: 7 number 4
a.push("s"); // double -> tagged: every element boxed
console.log(a); // expect: [ 1, 7, 3, 1.5, 's' ]
var n = [0.5, NaN, -0, Infinity, -Infinity, 2 ** 53, -1e-300];
console.log(n); // expect: [ 0.5, NaN, -0, Infinity, -Infinity, 9007199254740992, -1e-300 ]
console.log(Object.is(n[2], -0), Object.is(n[1], NaN), 1 / n[2]); // expect: true true -Infinity
console.log(n.indexOf(NaN), n.includes(NaN), n.indexOf(-0), n.indexOf(0), n.includes(0)); // expect: -1 true 2 2 true
console.log(n.lastIndexOf(Infinity), n.indexOf(2 ** 53), n.indexOf("0.5")); // expect: 3 5 -1
var nans = [1.5, 0 / 0, Math.sqrt(-1), NaN * 2];
console.log(nans, nans.length, 1 in nans, 2 in nans); // expect: [ 1.5, NaN, NaN, NaN ] 4 true true
var h = [1.5, , 3.5];
console.log(h, 1 in h, h[1], h.length); // expect: [ 1.5, <1 empty item>, 3.5 ] false undefined 3
h[1] = NaN;
console.log(h, 1 in h); // expect: [ 1.5, NaN, 3.5 ] true
delete h[0];
console.log(h, 0 in h, Object.keys(h)); // expect: [ <1 empty item>, NaN, 3.5 ] false [ '1', '2' ]
h[5] = 0.25;
console.log(h, h.length); // expect: [ <1 empty item>, NaN, 3.5, <2 empty items>, 0.25 ] 6
h[3] = {};
console.log(h); // expect: [ <1 empty item>, NaN, 3.5, {}, <1 empty item>, 0.25 ]
var t = [0.5, 1.5, 2.5, 3.5];
t.length = 2;
console.log(t, t[2], t.length); // expect: [ 0.5, 1.5 ] undefined 2
t.length = 4;
console.log(t); // expect: [ 0.5, 1.5, <2 empty items> ]
t[3] = 1;
console.log(t, t.indexOf(undefined), t.includes(undefined)); // expect: [ 0.5, 1.5, <1 empty item>, 1 ] -1 true
var big = [0.5];
big[5000] = 1.5; // far past the end: sparse
console.log(big.length, big[5000], big[0], 4999 in big); // expect: 5001 1.5 0.5 false
var s = [3.25, -1.5, 10.75, 2, -0, 0.5];
console.log(s.slice().sort(), s.slice().sort(function (x, y) { return x - y; })); // expect: [ -1.5, -0, 0.5, 10.75, 2, 3.25 ] [ -1.5, -0, 0.5, 2, 3.25, 10.75 ]
console.log(s.slice().reverse(), s.slice(1, 3)); // expect: [ 0.5, -0, 2, 10.75, -1.5, 3.25 ] [ -1.5, 10.75 ]
console.log(s.concat([0.125], 7).join(" ")); // expect: 3.25 -1.5 10.75 2 0 0.5 0.125 7
var sp = [0.5, 1.5, 2.5, 3.5];
console.log(sp.splice(1, 2, 9.5, "x", 8.5), sp); // expect: [ 1.5, 2.5 ] [ 0.5, 9.5, 'x', 8.5, 3.5 ]
var f = new Array(4).fill(0.1);
console.log(f); // expect: [ 0.1, 0.1, 0.1, 0.1 ]
console.log(f.fill(2, 1, 3)); // expect: [ 0.1, 2, 2, 0.1 ]
var q = [1.25, 2.5, 3.75];
console.log(q.shift(), q.pop(), q.unshift(0.5, 0.75), q); // expect: 1.25 3.75 3 [ 0.5, 0.75, 2.5 ]
console.log(Array.from([0.1, 0.2]), Array.from({ length: 3 }, function (_, i) { return i / 4; })); // expect: [ 0.1, 0.2 ] [ 0, 0.25, 0.5 ]
console.log([...[1.5, 2.5], ...[3]], Math.max(...[1.5, 9.25, 3]), Math.min.apply(null, [4.5, -2.25])); // expect: [ 1.5, 2.5, 3 ] 9.25 -2.25
console.log([0.1, 0.2].map(function (x) { return x * 10; }), [1.5, 2.5, 3.5].filter(function (x) { return x > 2; })); // expect: [ 1, 2 ] [ 2.5, 3.5 ]
console.log([0.5, 1.5, 2].reduce(function (x, y) { return x + y; }), [1.5, 2.5].join("|"), String([0.1, -0])); // expect: 4 1.5|2.5 0.1,0
console.log(JSON.stringify([1.5, NaN, -0, Infinity]), JSON.parse("[0.5, 1e300, 2]")); // expect: [1.5,null,0,null] [ 0.5, 1e+300, 2 ]
var it = [];
for (var x of [0.5, 1.5]) it.push(x * 2);
for (var k in [0.5, , 2.5]) it.push(k);
console.log(it); // expect: [ 1, 3, '0', '2' ]
var o = {};
o[0] = 1.5;
o[1] = 2;
console.log(o, Object.values(o), Object.entries([0.5])); // expect: { '0': 1.5, '1': 2 } [ 1.5, 2 ] [ [ '0', 0.5 ] ]
var fr = Object.freeze([1.5, 2.5]);
fr[0] = 9;
console.log(fr, Object.isFrozen(fr), Object.getOwnPropertyDescriptor(fr, 1).value); // expect: [ 1.5, 2.5 ] true 2.5
function args() { return arguments; }
var ar = args(0.5, 1.5);
console.log(ar[0] + ar[1], ar.length); // expect: 2 2
function rest(first, ...more) { return more; }
console.log(rest(0.5, 1.5, 2.5)); // expect: [ 1.5, 2.5 ]
var [d0, , d2 = 9] = [0.5, 1.5];
console.log(d0, d2); // expect: 0.5 9
console.log([2 ** 31, -(2 ** 31), 2 ** 31 - 1, 4294967295]); // expect: [ 2147483648, -2147483648, 2147483647, 4294967295 ]
