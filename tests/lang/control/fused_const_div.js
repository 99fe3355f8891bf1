// `LoadConst; Div` is one fused instruction in the interpreter
// (`ConstDiv`, chapter 21): an exact Smi quotient stays a Smi, anything
// else (a fraction, -0, a division by zero, a string, valueOf) must be
// what node prints. The Smi quotient divides once and checks the product.
function half(x) {
  return x / 2;
}
function byMinus(x) {
  return x / -1;
}
function byZero(x) {
  return x / 0;
}
const out = [];
for (let i = 0; i < 3; i++) {
  out.push(half(10), half(7), half(-6), half(0), half(-1), half(2147483647));
  out.push(byMinus(5), byMinus(0), byMinus(-2147483648), byZero(3), byZero(-3), byZero(0));
  out.push(half(1.5), half("8"), half({ valueOf: () => 12 }), half(undefined));
}
console.log(out.slice(0, 16).join(" ")); // expect: 5 3.5 -3 0 -0.5 1073741823.5 -5 0 2147483648 Infinity -Infinity NaN 0.75 4 6 NaN
console.log(Object.is(byMinus(0), -0), Object.is(half(-0), -0), Object.is(half(0), 0)); // expect: true true true
let s = 0;
for (let i = 0; i < 1000; i++) s = s + ((i * (i + 1)) / 2) / 3;
console.log(s); // expect: 55555500.000000075
