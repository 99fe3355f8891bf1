// Results of double arithmetic on each side of the exponent test that the
// stencils run before the exact int32 test: 0 < |x| < 1 and |x| >= 2^32 are
// boxed at once; zero, subnormals and 1 <= |x| < 2^32 take the exact test.
// An int32 result must come out a Smi whatever the path (the tiers agree
// on representation), which a Map keyed by integer literals and switch
// over integer cases observe.
function show(x) {
  if (x === 0 && 1 / x < 0) return "-0";
  return String(x);
}
function scale(a, b) {
  return a * b;
}
function shift(a, b) {
  return a - b;
}
const cases = [
  [0.5, 2], [0.25, 4], [0.999999, 1], [1.5, 2], [-1.5, 2], [0.5, 0.5],
  [5e-324, 1], [-5e-324, 1], [5e-324, 0], [-0.5, 0], [0.5, -0],
  [1073741824, 2], [-1073741824, 2], [1073741823.5, 2], [2147483647.5, 2],
  [2147483648, 2], [-2147483648, 2], [4294967295, 1], [4294967296, 1],
  [1e300, 1e10], [-1e300, 1e10], [NaN, 1], [Infinity, 1], [3.0000000001, 1],
];
const keys = new Map([[1, "one"], [-2147483648, "min"], [2147483647, "max"], [0, "zero"], [1073741823, "half-1"]]);
function kind(x) {
  switch (x) {
    case 0: return "zero";
    case 1: return "one";
    case 3: return "three";
    case -2147483648: return "min";
    default: return "other";
  }
}
let out = [];
for (let round = 0; round < 300; round++) {
  out = [];
  for (const [a, b] of cases) {
    const p = scale(a, b);
    const d = shift(p, a * b - 1);
    out.push(show(p) + " " + show(d) + " " + (keys.get(p) || "-") + " " + kind(p) + " " + kind(d));
  }
}
console.log(out.join("\n"));
// expect: 1 1 one one one
// expect: 1 1 one one one
// expect: 0.999999 1 - other one
// expect: 3 1 - three one
// expect: -3 1 - other one
// expect: 0.25 1 - other one
// expect: 5e-324 1 - other one
// expect: -5e-324 1 - other one
// expect: 0 1 zero zero one
// expect: -0 1 zero zero one
// expect: -0 1 zero zero one
// expect: 2147483648 1 - other one
// expect: -2147483648 1 min min one
// expect: 2147483647 1 max other one
// expect: 4294967295 1 - other one
// expect: 4294967296 1 - other one
// expect: -4294967296 1 - other one
// expect: 4294967295 1 - other one
// expect: 4294967296 1 - other one
// expect: Infinity NaN - other other
// expect: -Infinity NaN - other other
// expect: NaN NaN - other other
// expect: Infinity NaN - other other
// expect: 3.0000000001 1 - other one
