// &, | and ^.
console.log(12 & 10); // expect: 8
console.log(12 | 10); // expect: 14
console.log(12 ^ 10); // expect: 6
console.log(-1 & 255); // expect: 255
console.log(-1 | 0); // expect: -1
console.log(-8 & -3); // expect: -8
console.log(-8 | 3); // expect: -5
console.log(-8 ^ 3); // expect: -5
console.log(5.5 & 3); // expect: 1
console.log(0xff00 | 0x00ff); // expect: 65535
console.log(0xffffffff & 1); // expect: 1
console.log(0x80000000 | 0); // expect: -2147483648
console.log(0xf0f0f0f0 ^ 0xffffffff); // expect: 252645135
console.log(7 ^ 7); // expect: 0
