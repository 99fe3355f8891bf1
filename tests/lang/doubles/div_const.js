// `x / d` by a constant divisor compiled with the reciprocal of d
// (`div_const`): exact quotients of non-negative int32s stay Smis, and
// every other case (a remainder, a negative dividend, -0, a double, a
// string) is the double or generic path; Math.floor/round/ceil/trunc of an
// int32 return it unchanged.
function half(a) { return a / 2; }
function third(a) { return a / 3; }
function big(a) { return a / 65537; }
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
const xs = [0, -0, 1, 2, 3, 6, 7, -2, -3, -6, 65537, 131074, 2147483647, 2147483646, -2147483648, 1.5, -1.5, NaN, Infinity, "8", "x", null, true, undefined];
let r;
for (let i = 0; i < 30; i++) r = xs.map((x) => [half(x), third(x), big(x)].map(show).join(" "));
console.log(r.join("\n"));
// expect: 0 0 0
// expect: -0 -0 -0
// expect: 0.5 0.3333333333333333 0.000015258556235409006
// expect: 1 0.6666666666666666 0.00003051711247081801
// expect: 1.5 1 0.00004577566870622702
// expect: 3 2 0.00009155133741245403
// expect: 3.5 2.3333333333333335 0.00010680989364786304
// expect: -1 -0.6666666666666666 -0.00003051711247081801
// expect: -1.5 -1 -0.00004577566870622702
// expect: -3 -2 -0.00009155133741245403
// expect: 32768.5 21845.666666666668 1
// expect: 65537 43691.333333333336 2
// expect: 1073741823.5 715827882.3333334 32767.499992370722
// expect: 1073741823 715827882 32767.499977112166
// expect: -1073741824 -715827882.6666666 -32767.500007629278
// expect: 0.75 0.5 0.00002288783435311351
// expect: -0.75 -0.5 -0.00002288783435311351
// expect: NaN NaN NaN
// expect: Infinity Infinity Infinity
// expect: 4 2.6666666666666665 0.00012206844988327204
// expect: NaN NaN NaN
// expect: 0 0 0
// expect: 0.5 0.3333333333333333 0.000015258556235409006
// expect: NaN NaN NaN
let s = 0;
for (let i = -3000; i < 3000; i++) {
  const q = i / 4;
  s += Math.floor(q) + Math.round(q) + Math.ceil(q) + Math.trunc(q) + Math.floor(i) + Math.round(i) + Math.ceil(i) + Math.trunc(-i);
}
console.log(s, show(Math.floor(-0 / 4)), show(Math.round(0 / -4)), Math.floor(2147483647), Math.ceil(-2147483648));
// expect: -8250 -0 -0 2147483647 -2147483648
