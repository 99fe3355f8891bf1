// Math.ceil, Math.round, Math.trunc (and floor) compiled inline: int32
// results as Smis, and every case the stencils hand to the generic call
// (-0 results, NaN, ±Infinity, results outside int32, non-numbers).
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
function f(x) { return [Math.ceil(x), Math.round(x), Math.trunc(x), Math.floor(x)].map(show).join(" "); }
const xs = [0, -0, 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
  0.5000000000000001, -0.5000000000000001, 0.3, -0.3, NaN, Infinity, -Infinity, 2147483647, -2147483648,
  2147483647.5, -2147483647.5, -2147483648.5, 2147483646.5, 2147483648, -2147483649, 1e300, -1e300,
  4503599627370495.5, -4503599627370495.5, 1e-300, -1e-300, "2.5", null, undefined, true, "x"];
let out;
for (let k = 0; k < 30; k++) {
  out = [];
  for (const x of xs) out.push(f(x));
}
console.log(out.join("\n"));
let s = 0;
for (let i = -100; i < 100; i++) s += Math.round(i / 4) * 3 + Math.ceil(i / 3) - Math.trunc(i / 7);
console.log(s);
// The guard: a reassigned Math.round makes the generic call.
function r(x) { return Math.round(x); }
for (let i = 0; i < 50; i++) r(i + 0.5);
const saved = Math.round;
Math.round = (x) => "mine " + x;
console.log(r(2.5));
Math.round = saved;
console.log(r(2.5), r(-2.5));
// expect: 0 0 0 0
// expect: -0 -0 -0 -0
// expect: 1 1 1 1
// expect: -1 -1 -1 -1
// expect: 1 1 0 0
// expect: -0 -0 -0 -1
// expect: 2 2 1 1
// expect: -1 -1 -1 -2
// expect: 3 3 2 2
// expect: -2 -2 -2 -3
// expect: 1 0 0 0
// expect: -0 -0 -0 -1
// expect: 1 1 0 0
// expect: -0 -1 -0 -1
// expect: 1 0 0 0
// expect: -0 -0 -0 -1
// expect: NaN NaN NaN NaN
// expect: Infinity Infinity Infinity Infinity
// expect: -Infinity -Infinity -Infinity -Infinity
// expect: 2147483647 2147483647 2147483647 2147483647
// expect: -2147483648 -2147483648 -2147483648 -2147483648
// expect: 2147483648 2147483648 2147483647 2147483647
// expect: -2147483647 -2147483647 -2147483647 -2147483648
// expect: -2147483648 -2147483648 -2147483648 -2147483649
// expect: 2147483647 2147483647 2147483646 2147483646
// expect: 2147483648 2147483648 2147483648 2147483648
// expect: -2147483649 -2147483649 -2147483649 -2147483649
// expect: 1e+300 1e+300 1e+300 1e+300
// expect: -1e+300 -1e+300 -1e+300 -1e+300
// expect: 4503599627370496 4503599627370496 4503599627370495 4503599627370495
// expect: -4503599627370495 -4503599627370495 -4503599627370495 -4503599627370496
// expect: 1 0 0 0
// expect: -0 -0 -0 -1
// expect: 3 3 2 2
// expect: 0 0 0 0
// expect: NaN NaN NaN NaN
// expect: 1 1 1 1
// expect: NaN NaN NaN NaN
// expect: 47
// expect: mine 2.5
// expect: 3 -2
