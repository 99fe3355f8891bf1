// Array.prototype.push compiled inline (guarded on the built-in and on
// `this` being an extensible, unfrozen array; then a direct call of the
// push helper): empty arrays, growth, holey and sparse arrays, element
// kinds changing (Smi, double, object), frozen, sealed and
// non-extensible arrays (TypeError), array-likes and other receivers
// (the generic call), two arguments, the result, and the built-in
// replaced after warm-up. Old arrays receive young objects (barrier).
function add(a, v) {
  return a.push(v);
}
function fill(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i % 3 === 0 ? { i: i } : i % 3 === 1 ? i + 0.5 : i);
  return a;
}
const keep = [];
let sum = 0;
for (let r = 0; r < 300; r++) {
  const a = fill(r % 40);
  keep.push(a);
  sum += a.length;
}
console.log(sum, keep.length, keep[39].length, keep[39][3].i, keep[39][4], keep[39][5]);
const old = [];
for (let k = 0; k < 5000; k++) {
  old.push({ k: k, s: "v" + k });
  if (k % 1000 === 999) {
    const junk = [];
    for (let j = 0; j < 2000; j++) junk.push([j]);
  }
}
let ks = 0;
for (let k = 0; k < old.length; k++) ks += old[k].k + old[k].s.length;
console.log(old.length, ks);
const holey = [1, , 3];
console.log(add(holey, 4), holey, 1 in holey);
const long = [];
long.length = 5;
console.log(add(long, "x"), long);
const sparse = [];
sparse[100000] = 1;
console.log(add(sparse, 2), sparse.length, sparse[100001]);
console.log(add([], undefined), add([1], null), [].push(1, 2));
const likes = { length: 2, 0: "a", 1: "b" };
console.log(Array.prototype.push.call(likes, "c"), likes.length, likes[2]);
function pushOn(o, v) {
  return o.push(v);
}
for (let k = 0; k < 200; k++) pushOn([], k);
console.log(pushOn(likes.push ? likes : { push: (v) => "own " + v }, 9));
for (const make of [Object.freeze, Object.seal, Object.preventExtensions]) {
  const a = make([1, 2]);
  try {
    console.log(add(a, 3));
  } catch (e) {
    console.log(e.constructor.name, a.length);
  }
}
const saved = Array.prototype.push;
Array.prototype.push = function (v) {
  return "replaced " + v;
};
console.log(add([], 5), fill(2));
Array.prototype.push = saved;
console.log(add([7], 8));
// expect: 5650 300 39 3 4.5 5
// expect: 5000 12521390
// expect: 4 [ 1, <1 empty item>, 3, 4 ] false
// expect: 6 [ <5 empty items>, 'x' ]
// expect: 100002 100002 2
// expect: 1 2 2
// expect: 3 3 c
// expect: own 9
// expect: TypeError 2
// expect: TypeError 2
// expect: TypeError 2
// expect: replaced 5 []
// expect: 2
