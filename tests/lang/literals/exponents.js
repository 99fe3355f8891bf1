// Exponent notation in numeric literals.
console.log(1e3); // expect: 1000
console.log(1E3); // expect: 1000
console.log(1e+3); // expect: 1000
console.log(1e-3); // expect: 0.001
console.log(1.5e2); // expect: 150
console.log(2.5E-1); // expect: 0.25
console.log(.5e1); // expect: 5
console.log(1e0); // expect: 1
console.log(1e20); // expect: 100000000000000000000
console.log(1e21); // expect: 1e+21
console.log(1e-6); // expect: 0.000001
console.log(1e-7); // expect: 1e-7
console.log(6.02e23); // expect: 6.02e+23
console.log(1e400); // expect: Infinity
console.log(1e-400); // expect: 0
