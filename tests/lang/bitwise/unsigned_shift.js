// >>> produces an unsigned 32-bit result.
console.log(-2147483648 >>> 0); // expect: 2147483648
console.log(3.9 >>> 0); // expect: 3
console.log(-3.9 >>> 0); // expect: 4294967293
console.log(4294967296 >>> 0); // expect: 0
console.log(4294967297 >>> 0); // expect: 1
console.log(-1 >>> 1); // expect: 2147483647
console.log(-1 >>> 31); // expect: 1
console.log(-1 >>> 32); // expect: 4294967295
let x = -1;
x >>>= 0;
console.log(x + 1); // expect: 4294967296
console.log((-1 >>> 0) | 0); // expect: -1
console.log(typeof (-1 >>> 0)); // expect: number
