// Decimal literals with fractions and leading/trailing dots.
console.log(1.5); // expect: 1.5
console.log(.5); // expect: 0.5
console.log(5.); // expect: 5
console.log(0.25); // expect: 0.25
console.log(3.0); // expect: 3
console.log(10.50); // expect: 10.5
console.log(0.1); // expect: 0.1
console.log(123.456); // expect: 123.456
console.log(-0.75); // expect: -0.75
console.log(0.000001); // expect: 0.000001
console.log(0.0000001); // expect: 1e-7
