// Every double path of + - * / and x+imm, in a loop hot enough to compile,
// with the edge cases: NaN, -0, Infinity, int32 overflow to a double and
// back to a Smi, Smi/double mixes.
function show(x) {
  if (x === 0 && 1 / x < 0) return "-0";
  return String(x);
}
function ops(a, b) {
  return [show(a + b), show(a - b), show(a * b), show(a / b), show(a + 1), show(a - 1)].join(" ");
}
const cases = [
  [1.5, 2.5], [0.5, 0.5], [3, 0.5], [0.5, 3], [-0, 0], [0, -0], [-0, -0],
  [0, -5], [-5, 0], [NaN, 1], [1, NaN], [Infinity, -Infinity], [Infinity, 0],
  [2147483647, 1], [-2147483648, -1], [-2147483648, 1], [2147483648, 1],
  [1e308, 1e308], [-1e308, 1e308], [4294967296, 2], [0.1, 0.2], [7, 2],
  [-7, 2], [6, -3], [2.5, -0.5], [-1.5, 1.5], [1.5, -1.5], [65536, 65536],
  [-0.5, 0.5], [0.5, -0.5], [-1, 1],
];
let out = [];
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < cases.length; i++) {
    const r = ops(cases[i][0], cases[i][1]);
    if (round === 2) out.push(r);
  }
}
for (const line of out) console.log(line);
// expect: 4 -1 3.75 0.6 2.5 0.5
// expect: 1 0 0.25 1 1.5 -0.5
// expect: 3.5 2.5 1.5 6 4 2
// expect: 3.5 -2.5 1.5 0.16666666666666666 1.5 -0.5
// expect: 0 -0 -0 NaN 1 -1
// expect: 0 0 -0 NaN 1 -1
// expect: -0 0 0 NaN 1 -1
// expect: -5 5 -0 -0 1 -1
// expect: -5 -5 -0 -Infinity -4 -6
// expect: NaN NaN NaN NaN NaN NaN
// expect: NaN NaN NaN NaN 2 0
// expect: NaN Infinity -Infinity NaN Infinity Infinity
// expect: Infinity Infinity NaN Infinity Infinity Infinity
// expect: 2147483648 2147483646 2147483647 2147483647 2147483648 2147483646
// expect: -2147483649 -2147483647 2147483648 2147483648 -2147483647 -2147483649
// expect: -2147483647 -2147483649 -2147483648 -2147483648 -2147483647 -2147483649
// expect: 2147483649 2147483647 2147483648 2147483648 2147483649 2147483647
// expect: Infinity 0 Infinity 1 1e+308 1e+308
// expect: 0 -Infinity -Infinity -1 -1e+308 -1e+308
// expect: 4294967298 4294967294 8589934592 2147483648 4294967297 4294967295
// expect: 0.30000000000000004 -0.1 0.020000000000000004 0.5 1.1 -0.9
// expect: 9 5 14 3.5 8 6
// expect: -5 -9 -14 -3.5 -6 -8
// expect: 3 9 -18 -2 7 5
// expect: 2 3 -1.25 -5 3.5 1.5
// expect: 0 -3 -2.25 -1 -0.5 -2.5
// expect: 0 3 -2.25 -1 2.5 0.5
// expect: 131072 0 4294967296 1 65537 65535
// expect: 0 -1 -0.25 -1 0.5 -1.5
// expect: 0 1 -0.25 -1 1.5 -0.5
// expect: 0 -2 -1 -1 0 -2
