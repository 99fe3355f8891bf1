// Math.sqrt, Math.abs, Math.floor compiled inline (guarded on the callee):
// every edge of the SSE2 paths, non-number arguments, and a reassigned
// Math.sqrt, which the guard sends to the generic call.
function f(xs) {
  let out = [];
  for (const x of xs) out.push([Math.sqrt(x), Math.abs(x), Math.floor(x)].map(v => Object.is(v, -0) ? "-0" : String(v)).join(" "));
  return out.join("|");
}
const xs = [0, -0, 1, -1, 2, 0.5, -0.5, 1.5, -1.5, 2.25, -2.25, NaN, Infinity, -Infinity, 2147483647, -2147483648, 2147483648, -2147483649, 2147483647.5, -2147483647.5, -2147483648.5, 1e300, -1e300, 4503599627370497, -4503599627370497.5, "9", "x", null, undefined, true, 1e-300, -1e-300];
let r;
for (let i = 0; i < 30; i++) r = f(xs);
console.log(r.split("|").join("\n"));
let s = 0;
for (let i = 0; i < 2000; i++) s += Math.floor(i / 7) + Math.sqrt(i) + Math.abs(i - 1000.5);
console.log(s);
const m = Math;
let saved = Math.sqrt;
function g(x) { return Math.sqrt(x); }
for (let i = 0; i < 50; i++) g(i);
Math.sqrt = (x) => "patched " + x;
console.log(g(4));
Math.sqrt = saved;
console.log(g(4), g(-1));
// expect: 0 0 0
// expect: -0 0 -0
// expect: 1 1 1
// expect: NaN 1 -1
// expect: 1.4142135623730951 2 2
// expect: 0.7071067811865476 0.5 0
// expect: NaN 0.5 -1
// expect: 1.224744871391589 1.5 1
// expect: NaN 1.5 -2
// expect: 1.5 2.25 2
// expect: NaN 2.25 -3
// expect: NaN NaN NaN
// expect: Infinity Infinity Infinity
// expect: NaN Infinity -Infinity
// expect: 46340.950001051984 2147483647 2147483647
// expect: NaN 2147483648 -2147483648
// expect: 46340.95001184158 2147483648 2147483648
// expect: NaN 2147483649 -2147483649
// expect: 46340.95000644678 2147483647.5 2147483647
// expect: NaN 2147483647.5 -2147483648
// expect: NaN 2147483648.5 -2147483649
// expect: 1e+150 1e+300 1e+300
// expect: NaN 1e+300 -1e+300
// expect: 67108864 4503599627370497 4503599627370497
// expect: NaN 4503599627370498 -4503599627370498
// expect: 3 9 9
// expect: NaN NaN NaN
// expect: 0 0 0
// expect: NaN NaN NaN
// expect: 1 1 1
// expect: 1e-150 1e-300 0
// expect: NaN 1e-300 -1
// expect: 1344321.9117656902
// expect: patched 4
// expect: 2 NaN
