// Addition that leaves the int32 range must continue as a double.
console.log(2147483647 + 1); // expect: 2147483648
console.log(2147483647 + 2147483647); // expect: 4294967294
let big = 2147483647;
big = big + 1;
console.log(big); // expect: 2147483648
big = big - 1;
console.log(big); // expect: 2147483647
console.log(-2147483648 + -1); // expect: -2147483649
console.log(-2147483648 + -2147483648); // expect: -4294967296
let i = 2147483640;
let n = 0;
while (n < 10) { i = i + 1; n = n + 1; }
console.log(i); // expect: 2147483650
console.log(i + -10); // expect: 2147483640
console.log(4294967295 + 1); // expect: 4294967296
