// A constant on the left of a commutative operator or a compare
// (`2.0 * zr`, `0 < n`, `1 + x`) fuses with its load in the interpreter,
// the operands turned around; off the number path (strings, objects with
// valueOf, NaN, -0) the plain instruction runs, in the program's order.
const log = [];
const a = { valueOf() { log.push("a"); return 3; } };
function ops(x) {
  return [1 + x, 2 * x, 6 & x, 8 | x, 2.5 * x, 0.5 + x];
}
function cmps(x) {
  let s = "";
  for (let i = 0; i < 2; i++) {
    if (0 < x) s += "<";
    if (0 <= x) s += "L";
    if (0 > x) s += ">";
    if (0 >= x) s += "G";
    if (10 === x) s += "=";
    if (10 !== x) s += "!";
  }
  return s;
}
for (let i = 0; i < 2000; i++) ops(i);
const inputs = [7, -0, 2147483647, -2147483648, 2.5, NaN, "s", null, undefined, true, a, 10, -1];
for (const x of inputs) {
  console.log(String(x), ops(x).map(String).join(","), cmps(x));
}
console.log(log.length);
console.log(Object.is(ops(-0)[1], -0), Object.is(ops(-0)[4], -0), Object.is(ops(-0)[0], 1));
function mandelStep(zr, zi, ci) {
  return 2.0 * zr * zi + ci;
}
let t = 0;
for (let i = 0; i < 3000; i++) t += mandelStep(i / 1000, 0.5, -0.25);
console.log(t);
// expect: 7 8,14,6,15,17.5,7.5 <L!<L!
// expect: 0 1,0,0,8,0,0.5 LG!LG!
// expect: 2147483647 2147483648,4294967294,6,2147483647,5368709117.5,2147483647.5 <L!<L!
// expect: -2147483648 -2147483647,-4294967296,0,-2147483640,-5368709120,-2147483647.5 >G!>G!
// expect: 2.5 3.5,5,2,10,6.25,3 <L!<L!
// expect: NaN NaN,NaN,0,8,NaN,NaN !!
// expect: s 1s,NaN,0,8,NaN,0.5s !!
// expect: null 1,0,0,8,0,0.5 LG!LG!
// expect: undefined NaN,NaN,0,8,NaN,NaN !!
// expect: true 2,2,0,9,2.5,1.5 <L!<L!
// expect: [object Object] 4,6,2,11,7.5,3.5 <L!<L!
// expect: 10 11,20,2,10,25,10.5 <L=<L=
// expect: -1 0,-2,6,-1,-2.5,-0.5 >G!>G!
// expect: 14
// expect: true true true
// expect: 3748.5
