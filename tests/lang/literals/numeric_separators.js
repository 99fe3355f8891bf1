// Numeric separators (_) are allowed between digits in every radix.
console.log(1_000); // expect: 1000
console.log(1_000_000); // expect: 1000000
console.log(12_34_5); // expect: 12345
console.log(0.000_001); // expect: 0.000001
console.log(1_0.5_5); // expect: 10.55
console.log(1e1_0); // expect: 10000000000
console.log(0xff_ff); // expect: 65535
console.log(0o7_7); // expect: 63
console.log(0b1010_1010); // expect: 170
console.log(2_147_483_647 + 1); // expect: 2147483648
