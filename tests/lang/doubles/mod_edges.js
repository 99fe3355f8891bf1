// `%` on doubles in the stencils: |a| < |b| gives a (x % Infinity is x,
// -0 % 5 is -0), two integral doubles use an integer remainder (a zero
// one with the dividend's sign), and the rest (fractions, NaN, an infinite
// dividend, a zero divisor) the helper: the tiers agree on every value
// and on its representation.
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
function md(a, b) { return show(a % b); }
const as = [0, -0, 1, -1, 7, -7, 4, -4, 5.5, -5.5, 0.3, -0.3, NaN, Infinity, -Infinity, 2147483647, -2147483648,
  2147483648, -2147483649, 9007199254740991, -9007199254740992, 1e300, -1e300, 1e-300, "7", null];
const bs = [0, -0, 1, -1, 2, -2, 3, -3, 2.5, -2.5, 0.1, NaN, Infinity, -Infinity, 2147483648, 1e300, 4294967296];
let out;
for (let k = 0; k < 30; k++) {
  out = [];
  for (const a of as) {
    const row = [];
    for (const b of bs) row.push(md(a, b));
    out.push(row.join(","));
  }
}
console.log(out.join("\n"));
let s = 0;
for (let i = -500; i < 500; i++) s += (i % 7) + (i * 1.5) % 4 + (i * 2.0) % -3 + (i / 4) % 1;
console.log(s);
// expect: NaN,NaN,0,0,0,0,0,0,0,0,0,NaN,0,0,0,0,0
// expect: NaN,NaN,-0,-0,-0,-0,-0,-0,-0,-0,-0,NaN,-0,-0,-0,-0,-0
// expect: NaN,NaN,0,0,1,1,1,1,1,1,0.09999999999999995,NaN,1,1,1,1,1
// expect: NaN,NaN,-0,-0,-1,-1,-1,-1,-1,-1,-0.09999999999999995,NaN,-1,-1,-1,-1,-1
// expect: NaN,NaN,0,0,1,1,1,1,2,2,0.09999999999999962,NaN,7,7,7,7,7
// expect: NaN,NaN,-0,-0,-1,-1,-1,-1,-2,-2,-0.09999999999999962,NaN,-7,-7,-7,-7,-7
// expect: NaN,NaN,0,0,0,0,1,1,1.5,1.5,0.09999999999999978,NaN,4,4,4,4,4
// expect: NaN,NaN,-0,-0,-0,-0,-1,-1,-1.5,-1.5,-0.09999999999999978,NaN,-4,-4,-4,-4,-4
// expect: NaN,NaN,0.5,0.5,1.5,1.5,2.5,2.5,0.5,0.5,0.0999999999999997,NaN,5.5,5.5,5.5,5.5,5.5
// expect: NaN,NaN,-0.5,-0.5,-1.5,-1.5,-2.5,-2.5,-0.5,-0.5,-0.0999999999999997,NaN,-5.5,-5.5,-5.5,-5.5,-5.5
// expect: NaN,NaN,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.09999999999999998,NaN,0.3,0.3,0.3,0.3,0.3
// expect: NaN,NaN,-0.3,-0.3,-0.3,-0.3,-0.3,-0.3,-0.3,-0.3,-0.09999999999999998,NaN,-0.3,-0.3,-0.3,-0.3,-0.3
// expect: NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN
// expect: NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN
// expect: NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN
// expect: NaN,NaN,0,0,1,1,1,1,2,2,0.09999988079071051,NaN,2147483647,2147483647,2147483647,2147483647,2147483647
// expect: NaN,NaN,-0,-0,-0,-0,-2,-2,-0.5,-0.5,-0.09999988079071045,NaN,-2147483648,-2147483648,-0,-2147483648,-2147483648
// expect: NaN,NaN,0,0,0,0,2,2,0.5,0.5,0.09999988079071045,NaN,2147483648,2147483648,0,2147483648,2147483648
// expect: NaN,NaN,-0,-0,-1,-1,-0,-0,-1.5,-1.5,-0.0999998807907104,NaN,-2147483649,-2147483649,-1,-2147483649,-2147483649
// expect: NaN,NaN,0,0,1,1,1,1,1,1,8.326672684688674e-17,NaN,9007199254740991,9007199254740991,2147483647,9007199254740991,4294967295
// expect: NaN,NaN,-0,-0,-0,-0,-2,-2,-2,-2,-2.7755575615628914e-17,NaN,-9007199254740992,-9007199254740992,-0,-9007199254740992,-0
// expect: NaN,NaN,0,0,0,0,0,0,0,0,0.00011215964963492975,NaN,1e+300,1e+300,0,0,0
// expect: NaN,NaN,-0,-0,-0,-0,-0,-0,-0,-0,-0.00011215964963492975,NaN,-1e+300,-1e+300,-0,-0,-0
// expect: NaN,NaN,1e-300,1e-300,1e-300,1e-300,1e-300,1e-300,1e-300,1e-300,1e-300,NaN,1e-300,1e-300,1e-300,1e-300,1e-300
// expect: NaN,NaN,0,0,1,1,1,1,2,2,0.09999999999999962,NaN,7,7,7,7,7
// expect: NaN,NaN,0,0,0,0,0,0,0,0,0,NaN,0,0,0,0,0
// expect: -6
