// Hexadecimal, octal (0o) and binary (0b) literals.
console.log(0x0); // expect: 0
console.log(0xff); // expect: 255
console.log(0xFF); // expect: 255
console.log(0XaB); // expect: 171
console.log(0x7fffffff); // expect: 2147483647
console.log(0x80000000); // expect: 2147483648
console.log(0xffffffff); // expect: 4294967295
console.log(0x100000000); // expect: 4294967296
console.log(0o0); // expect: 0
console.log(0o17); // expect: 15
console.log(0O777); // expect: 511
console.log(0b0); // expect: 0
console.log(0b1010); // expect: 10
console.log(0B11111111); // expect: 255
console.log(0b11111111111111111111111111111111); // expect: 4294967295
console.log(0x1F + 0o10 + 0b1); // expect: 40
console.log(-0x10); // expect: -16
