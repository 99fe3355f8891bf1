// Doubles wrap modulo 2**32 into the int32 range.
console.log(2 ** 32 | 0); // expect: 0
console.log((2 ** 32 + 5) | 0); // expect: 5
console.log(2 ** 31 | 0); // expect: -2147483648
console.log(4294967295 | 0); // expect: -1
console.log(-5.5 | 0); // expect: -5
console.log(2 ** 53 | 0); // expect: 0
console.log((2 ** 53 + 2) | 0); // expect: 2
console.log(-(2 ** 32) - 1 | 0); // expect: -1
console.log(3000000000 | 0); // expect: -1294967296
console.log(-3000000000 | 0); // expect: 1294967296
console.log(1e300 | 0); // expect: 0
console.log(0.9999 | 0); // expect: 0
console.log(-0.9999 | 0); // expect: 0
console.log(123456789012 | 0); // expect: -1097262572
