// The relational operators on doubles and Smi/double mixes, as values and
// as loop and if conditions (the fused compare-and-branch stencils), with
// NaN (every relation false) and -0 (equal to 0).
function rel(a, b) {
  let s = "";
  s += (a < b) ? "T" : "F";
  s += (a <= b) ? "T" : "F";
  s += (a > b) ? "T" : "F";
  s += (a >= b) ? "T" : "F";
  const v = [a < b, a <= b, a > b, a >= b];
  return s + " " + v.join(",");
}
const cases = [
  [1.5, 2.5], [2.5, 1.5], [1.5, 1.5], [1, 1.5], [2, 1.5], [1.5, 1], [1.5, 2],
  [3, 3.0], [NaN, 1], [1, NaN], [NaN, NaN], [NaN, 0.5], [-0, 0], [0, -0],
  [-Infinity, Infinity], [Infinity, Infinity], [-1e308, -Infinity],
  [2147483648, 2147483647], [-2147483649, -2147483648],
];
let out = [];
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < cases.length; i++) {
    const r = rel(cases[i][0], cases[i][1]);
    if (round === 2) out.push(r);
  }
}
for (const line of out) console.log(line);
// Loops counting in doubles: the exit test is a double compare.
let n = 0;
for (let x = 0.5; x < 10; x += 0.75) n++;
let m = 0;
for (let x = 10.25; x >= 0; x = x - 1.5) m++;
console.log(n, m);
// expect: TTFF true,true,false,false
// expect: FFTT false,false,true,true
// expect: FTFT false,true,false,true
// expect: TTFF true,true,false,false
// expect: FFTT false,false,true,true
// expect: FFTT false,false,true,true
// expect: TTFF true,true,false,false
// expect: FTFT false,true,false,true
// expect: FFFF false,false,false,false
// expect: FFFF false,false,false,false
// expect: FFFF false,false,false,false
// expect: FFFF false,false,false,false
// expect: FTFT false,true,false,true
// expect: FTFT false,true,false,true
// expect: TTFF true,true,false,false
// expect: FTFT false,true,false,true
// expect: FFTT false,false,true,true
// expect: FFTT false,false,true,true
// expect: TTFF true,true,false,false
// expect: 13 7
