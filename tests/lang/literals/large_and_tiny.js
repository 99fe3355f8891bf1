// Literals at the edges of double precision.
console.log(9007199254740993); // expect: 9007199254740992
console.log(1.7976931348623157e308); // expect: 1.7976931348623157e+308
console.log(1.8e308); // expect: Infinity
console.log(5e-324); // expect: 5e-324
console.log(2e-324); // expect: 0
console.log(0.1 + 0.2); // expect: 0.30000000000000004
console.log(123456789012345678901234567890); // expect: 1.2345678901234568e+29
console.log(0.30000000000000004); // expect: 0.30000000000000004
console.log(0.1000000000000000055511151231257827); // expect: 0.1
