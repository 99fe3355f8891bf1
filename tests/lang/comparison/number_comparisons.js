// Numeric comparisons across ints and doubles.
console.log(1 < 2, 2 < 1, 1 < 1); // expect: true false false
console.log(1 <= 1, 1 >= 1, 2 >= 3); // expect: true true false
console.log(1.5 > 1, 1 > 1.5); // expect: true false
console.log(-1 < 0, -0.5 < -0.25); // expect: true true
console.log(-0 < 0, -0 <= 0, -0 >= 0); // expect: false true true
console.log(Infinity > 1e308); // expect: true
console.log(-Infinity < -1e308); // expect: true
console.log(2147483648 > 2147483647); // expect: true
console.log(-2147483649 < -2147483648); // expect: true
console.log(4294967296 > 1); // expect: true
console.log(0.1 + 0.2 > 0.3); // expect: true
console.log(9007199254740993 > 9007199254740992); // expect: false
