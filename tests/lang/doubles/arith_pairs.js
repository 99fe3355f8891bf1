// Fused arithmetic pairs in compiled code (`fuse_*` stencils): `t = a OP1 b`
// followed by `d = t OP2 c` or `d = c OP2 t`, with `t` a temporary. Every
// pair of + - * / on both sides, over Smis, doubles, int32 overflow, -0,
// NaN, Infinity, strings and objects with valueOf (the generic path), in a
// loop hot enough to compile; then intermediates that stay live.
function show(x) {
  if (x === 0 && 1 / x < 0) return "-0";
  return String(x);
}
function quot(a, b, c) {
  let r = a / b / c;
  r = r + 1;
  return r;
}
function pairs(a, b, c) {
  return [
    a + b + c, c + (a + b), a + b - c, c - (a + b), (a + b) * c, c * (a + b), (a + b) / c, c / (a + b),
    a - b + c, c + (a - b), a - b - c, c - (a - b), (a - b) * c, c * (a - b), (a - b) / c, c / (a - b),
    a * b + c, c + a * b, a * b - c, c - a * b, a * b * c, c * (a * b), a * b / c, c / (a * b),
    a / b + c, c + a / b, a / b - c, c - a / b, a / b * c, c * (a / b), c / (a / b), quot(a, b, c),
  ].map(show).join(" ");
}
const cases = [
  [1, 2, 3], [1.5, 2.5, 0.5], [7, 2, 0.25], [0, -5, 1], [-0, 0, -0], [0, -0, 0],
  [NaN, 1, 2], [1, 2, NaN], [Infinity, 2, -Infinity], [1e308, 10, 1e308],
  [2147483647, 1, 1], [65536, 65536, -1], [-2147483648, -1, 0], [6, 3, -0],
  [0.1, 0.2, 0.3], ["4", 2, 1], [3, 2, "x"], [{ valueOf() { return 2.5; } }, 2, 1.5],
  [1.5, 2, { valueOf() { return -0.5; } }],
];
const out = [];
for (let round = 0; round < 80; round++) {
  for (let i = 0; i < cases.length; i++) {
    const r = pairs(cases[i][0], cases[i][1], cases[i][2]);
    if (round === 79) out.push(r);
  }
}
for (const line of out) console.log(line);

// The intermediate read again later, by a later instruction or across a
// branch: never fused away.
function live(a, b, c) {
  let s = 0;
  for (let i = 0; i < 50; i++) {
    const t = a * b;
    const d = t + c;
    s = s + d - t;
    if (i % 7 === 0) s = s + t;
  }
  return s;
}
console.log(live(1.5, 2.25, 0.125), live(3, 4, 5));

// Valueof runs once per operand, in order, whichever path computes.
let log = [];
function o(v) {
  return { valueOf() { log.push(v); return v; } };
}
function order(a, b, c) {
  return a * b - c;
}
let acc = 0;
for (let i = 0; i < 30; i++) acc = acc + order(1.5, 2.5, 0.25);
console.log(acc, order(o(1), o(2.5), o(3)), log.join(","));

// In a function with a handler nothing is fused: the catch sees the value.
function guarded(a, b, c, f) {
  let t = 0;
  let d = 0;
  try {
    t = a * b;
    d = t + c;
    f();
    t = 1;
  } catch (e) {
    return "caught " + t + " " + d;
  }
  return "done " + t + " " + d;
}
let g = "";
for (let i = 0; i < 30; i++) g = guarded(1.5, 2, 0.5, () => {});
console.log(g, guarded(1.5, 2, 0.5, () => { throw 1; }));

// Doubles that turn into Smis and back, and a parameter as the result.
function mixed(x, y) {
  let r = 0;
  for (let i = 0; i < 100; i++) {
    x = i * 0.5 + y;
    r = r + x * 2 - y;
  }
  return [x, r, arguments[0]];
}
console.log(mixed(0, 0.5));
// expect: 6 6 0 0 9 9 1 1 2 2 -4 4 -3 -3 -0.3333333333333333 -3 5 5 -1 1 6 6 0.6666666666666666 1.5 3.5 3.5 -2.5 2.5 1.5 1.5 6 1.1666666666666667
// expect: 4.5 4.5 3.5 -3.5 2 2 8 0.125 -0.5 -0.5 -1.5 1.5 -0.5 -0.5 -2 -0.5 4.25 4.25 3.25 -3.25 1.875 1.875 7.5 0.13333333333333333 1.1 1.1 0.09999999999999998 -0.09999999999999998 0.3 0.3 0.8333333333333334 2.2
// expect: 9.25 9.25 8.75 -8.75 2.25 2.25 36 0.027777777777777776 5.25 5.25 4.75 -4.75 1.25 1.25 20 0.05 14.25 14.25 13.75 -13.75 3.5 3.5 56 0.017857142857142856 3.75 3.75 3.25 -3.25 0.875 0.875 0.07142857142857142 15
// expect: -4 -4 -6 6 -5 -5 -5 -0.2 6 6 4 -4 5 5 5 0.2 1 1 -1 1 -0 -0 -0 -Infinity 1 1 -1 1 -0 -0 -Infinity 1
// expect: 0 0 0 -0 -0 -0 NaN NaN -0 -0 0 0 0 0 NaN NaN -0 -0 0 0 0 0 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: 0 0 0 0 0 0 NaN NaN 0 0 0 0 0 0 NaN NaN 0 0 -0 0 -0 -0 NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: NaN NaN Infinity -Infinity -Infinity -Infinity NaN NaN NaN NaN Infinity -Infinity -Infinity -Infinity NaN NaN NaN NaN Infinity -Infinity -Infinity -Infinity NaN NaN NaN NaN Infinity -Infinity -Infinity -Infinity NaN NaN
// expect: Infinity Infinity 0 0 Infinity Infinity 1 1 Infinity Infinity 0 0 Infinity Infinity 1 1 Infinity Infinity Infinity -Infinity Infinity Infinity Infinity 0 1.1e+308 1.1e+308 -9e+307 9e+307 Infinity Infinity 10 1.1
// expect: 2147483649 2147483649 2147483647 -2147483647 2147483648 2147483648 2147483648 4.656612873077393e-10 2147483647 2147483647 2147483645 -2147483645 2147483646 2147483646 2147483646 4.656612877414201e-10 2147483648 2147483648 2147483646 -2147483646 2147483647 2147483647 2147483647 4.656612875245797e-10 2147483648 2147483648 2147483646 -2147483646 2147483647 2147483647 4.656612875245797e-10 2147483648
// expect: 131071 131071 131073 -131073 -131072 -131072 -131072 -0.00000762939453125 -1 -1 1 -1 -0 -0 -0 -Infinity 4294967295 4294967295 4294967297 -4294967297 -4294967296 -4294967296 -4294967296 -2.3283064365386963e-10 0 0 2 -2 -1 -1 -1 0
// expect: -2147483649 -2147483649 -2147483649 2147483649 -0 -0 -Infinity -0 -2147483647 -2147483647 -2147483647 2147483647 -0 -0 -Infinity -0 2147483648 2147483648 2147483648 -2147483648 0 0 Infinity 0 2147483648 2147483648 2147483648 -2147483648 0 0 0 Infinity
// expect: 9 9 9 -9 -0 -0 -Infinity -0 3 3 3 -3 -0 -0 -Infinity -0 18 18 18 -18 -0 -0 -Infinity -0 2 2 2 -2 -0 -0 -0 -Infinity
// expect: 0.6000000000000001 0.6000000000000001 5.551115123125783e-17 -5.551115123125783e-17 0.09000000000000001 0.09000000000000001 1.0000000000000002 0.9999999999999998 0.19999999999999998 0.19999999999999998 -0.4 0.4 -0.03 -0.03 -0.33333333333333337 -2.9999999999999996 0.32 0.32 -0.27999999999999997 0.27999999999999997 0.006000000000000001 0.006000000000000001 0.06666666666666668 14.999999999999996 0.8 0.8 0.2 -0.2 0.15 0.15 0.6 2.666666666666667
// expect: 421 142 41 -41 42 42 42 0.023809523809523808 3 3 1 -1 2 2 2 0.5 9 9 7 -7 8 8 8 0.125 3 3 1 -1 2 2 0.5 3
// expect: 5x x5 NaN NaN NaN NaN NaN NaN 1x x1 NaN NaN NaN NaN NaN NaN 6x x6 NaN NaN NaN NaN NaN NaN 1.5x x1.5 NaN NaN NaN NaN NaN NaN
// expect: 6 6 3 -3 6.75 6.75 3 0.3333333333333333 2 2 -1 1 0.75 0.75 0.3333333333333333 3 6.5 6.5 3.5 -3.5 7.5 7.5 3.3333333333333335 0.3 2.75 2.75 -0.25 0.25 1.875 1.875 1.2 1.8333333333333335
// expect: 3 3 4 -4 -1.75 -1.75 -7 -0.14285714285714285 -1 -1 0 0 0.25 0.25 1 1 2.5 2.5 3.5 -3.5 -1.5 -1.5 -6 -0.16666666666666666 0.25 0.25 1.25 -1.25 -0.375 -0.375 -0.6666666666666666 -0.5
// expect: 33.25 346
// expect: 105 -0.5 1,2.5,3
// expect: done 1 3.5 caught 3 3.5
// expect: [ 50, 5000, 50 ]
