// Double elements in hot loops (compiled code's get_index/set_index: a
// raw load boxed as arithmetic boxes, a Smi or heap double stored raw, a
// NaN canonicalised, a hole left to the runtime, a non-number making the
// array tagged mid-loop), with boxes made and dropped on every read.
function fill(a, n, f) {
  for (let i = 0; i < n; i++) a[i] = f * i;
  return a;
}
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s = s + a[i];
  return s;
}
let total = 0;
for (let r = 0; r < 200; r++) {
  const a = fill([], 100, 0.5);
  total = total + sum(a);
  const b = fill(new Array(50), 50, 1); // Smis into a holey array
  b[10] = 0.25;
  total = total + sum(b);
}
console.log(total); // expect: 738050
function copy(src, dst) {
  for (let i = 0; i < src.length; i++) dst[i] = src[i];
  return dst;
}
let c;
for (let r = 0; r < 100; r++) c = copy([1.5, -0, NaN, 2 ** 40, 3], [0.5, 0.5, 0.5, 0.5, 0.5]);
console.log(c, Object.is(c[1], -0), c.indexOf(NaN), c.includes(NaN)); // expect: [ 1.5, -0, NaN, 1099511627776, 3 ] true -1 true
function holes(a) {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === undefined) n++;
  return n;
}
let hs = 0;
for (let r = 0; r < 100; r++) hs = hs + holes([0.5, , 1.5, , 2.5]);
console.log(hs); // expect: 200
function store(a, i, v) { a[i] = v; }
const m = [0.5, 1.5, 2.5];
for (let r = 0; r < 100; r++) store(m, r % 3, r / 2);
console.log(m); // expect: [ 49.5, 48.5, 49 ]
store(m, 1, "tagged");
store(m, 2, 0.125);
console.log(m, m.length); // expect: [ 49.5, 'tagged', 0.125 ] 3
for (let r = 0; r < 50; r++) store(m, 0, r * 0.5);
console.log(m[0] + 1); // expect: 25.5
function minus0(a) {
  for (let i = 0; i < a.length; i++) a[i] = -a[i];
  return a;
}
let z;
for (let r = 0; r < 100; r++) z = minus0([0, 1, 0.5]);
console.log(z, Object.is(z[0], -0)); // expect: [ -0, -1, -0.5 ] true
const frozen = Object.freeze([0.5, 1.5]);
const sealed = Object.preventExtensions([0.5, , 1.5]);
for (let r = 0; r < 50; r++) {
  store(frozen, 0, r);
  store(sealed, 1, r);
  store(sealed, 0, r + 0.5);
}
console.log(frozen, sealed, 1 in sealed); // expect: [ 0.5, 1.5 ] [ 49.5, <1 empty item>, 1.5 ] false
function dot(x, y) {
  let s = 0;
  for (let i = 0; i < x.length; i++) s = s + x[i] * y[i];
  return s;
}
const xs = [];
const ys = [];
for (let i = 0; i < 1000; i++) {
  xs.push(i / 8);
  ys.push(1 / (i + 1));
}
let d = 0;
for (let r = 0; r < 30; r++) d = dot(xs, ys);
console.log(d.toFixed(6)); // expect: 124.064316
