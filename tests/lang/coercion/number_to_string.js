// ToString of numbers (via concatenation).
function s(n) { return "<" + n + ">"; }
console.log(s(0)); // expect: <0>
console.log(s(-0)); // expect: <0>
console.log(s(1)); // expect: <1>
console.log(s(-1)); // expect: <-1>
console.log(s(0.5)); // expect: <0.5>
console.log(s(1e21)); // expect: <1e+21>
console.log(s(1e-7)); // expect: <1e-7>
console.log(s(NaN)); // expect: <NaN>
console.log(s(-Infinity)); // expect: <-Infinity>
console.log(s(2147483648)); // expect: <2147483648>
console.log(s(4294967295)); // expect: <4294967295>
console.log(s(1 / 3)); // expect: <0.3333333333333333>
console.log(s(5e-324)); // expect: <5e-324>
console.log(s(1.7976931348623157e308)); // expect: <1.7976931348623157e+308>
console.log(s(2 ** 64)); // expect: <18446744073709552000>
