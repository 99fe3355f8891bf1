// Arithmetic with infinities.
console.log(Infinity + 1); // expect: Infinity
console.log(Infinity + Infinity); // expect: Infinity
console.log(Infinity - Infinity); // expect: NaN
console.log(Infinity * 0); // expect: NaN
console.log(Infinity * -1); // expect: -Infinity
console.log(Infinity / Infinity); // expect: NaN
console.log(1 / Infinity); // expect: 0
console.log(-1 / Infinity); // expect: -0
console.log(Infinity / 0); // expect: Infinity
console.log(-Infinity * -Infinity); // expect: Infinity
console.log(1e308 * 10); // expect: Infinity
console.log(-1e308 * 10); // expect: -Infinity
console.log(1.5e300 * 1e10); // expect: Infinity
console.log(1e308 + 1e308); // expect: Infinity
console.log(1.7976931348623157e308 + 1); // expect: 1.7976931348623157e+308
