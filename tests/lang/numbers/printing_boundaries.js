// The switch between plain and exponent notation happens at 1e21 and 1e-7.
console.log(999999999999999900000); // expect: 999999999999999900000
console.log(1e21 - 1e5); // expect: 999999999999999900000
console.log(1e21 + 1e6); // expect: 1.000000000000001e+21
console.log(0.000001); // expect: 0.000001
console.log(0.00000099); // expect: 9.9e-7
console.log(-0.000001); // expect: -0.000001
console.log(1.0000001e-6); // expect: 0.0000010000001
console.log(1e-7 * 10); // expect: 0.000001
console.log(12e20); // expect: 1.2e+21
console.log(5e-7); // expect: 5e-7
console.log(1.5e21); // expect: 1.5e+21
console.log(-1.5e21); // expect: -1.5e+21
