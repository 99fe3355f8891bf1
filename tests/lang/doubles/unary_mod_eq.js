// Double paths of unary minus, `%`, `==`/`===` and `+ 1` in every tier:
// -0 stays a heap double, integral results become Smis again.
function neg(x) { return -x; }
function mod(a, b) { return a % b; }
function eq(a, b) { return [a == b, a === b, a != b, a !== b]; }
function inc(x) { return x + 1; }
let s = 0;
for (let i = 0; i < 50; i++) {
  s += neg(i + 0.5) + mod(i + 0.25, 2.5) + inc(i * 0.5);
}
console.log(s); // expect: -525
console.log(Object.is(neg(0), -0), Object.is(neg(-0), 0)); // expect: true true
console.log(neg(-2147483648), neg(2.5), neg(NaN)); // expect: 2147483648 -2.5 NaN
console.log(mod(5.5, 2), mod(-5.5, 2), mod(5, 0.0), mod(-4, 2)); // expect: 1.5 -1.5 NaN -0
console.log(Object.is(mod(-4, 2), -0), mod(7.5, Infinity), mod(Infinity, 2)); // expect: true 7.5 NaN
console.log(eq(0.5, 0.5).join()); // expect: true,true,false,false
console.log(eq(NaN, NaN).join()); // expect: false,false,true,true
console.log(eq(-0, 0).join()); // expect: true,true,false,false
console.log(eq(1.0, 1).join(), eq(0.1 + 0.2, 0.3).join()); // expect: true,true,false,false false,false,true,true
console.log(eq("1.5", 1.5).join(), eq(1.5, "1.5").join()); // expect: true,false,false,true true,false,false,true
console.log(inc(0.5), inc(2147483647), inc(-1.0), inc(-0)); // expect: 1.5 2147483648 0 1
let d = 0.5;
for (let i = 0; i < 30; i++) d = -d * 1.5;
console.log(d, d < 0, d > -1e6, d <= d, d >= NaN); // expect: 95875.52961644204 false true true false
let m = 0;
for (let i = 1; i < 40; i++) m += (i * 1.75) % 3.5;
console.log(m); // expect: 35
