// Multiplication that overflows int32 and products that come back in range.
console.log(65536 * 65536); // expect: 4294967296
console.log(46341 * 46341); // expect: 2147488281
console.log(46340 * 46340); // expect: 2147395600
console.log(-2147483648 * -1); // expect: 2147483648
console.log(-2147483648 * 2); // expect: -4294967296
console.log(2147483647 * 2147483647); // expect: 4611686014132420600
let x = 100000;
x = x * x;
console.log(x); // expect: 10000000000
x = x / 100000;
console.log(x); // expect: 100000
console.log(65536 * 65536 / 65536); // expect: 65536
console.log(99999 * 99999 * 99999); // expect: 999970000299999
console.log(3 * 1000000000 - 3000000000); // expect: 0
