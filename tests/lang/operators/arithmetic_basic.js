// Basic arithmetic on small integers.
console.log(1 + 2); // expect: 3
console.log(5 - 8); // expect: -3
console.log(6 * 7); // expect: 42
console.log(8 / 2); // expect: 4
console.log(9 % 4); // expect: 1
console.log(3 ** 4); // expect: 81
let a = 12, b = 5;
console.log(a + b, a - b, a * b, a / b, a % b); // expect: 17 7 60 2.4 2
console.log(a * b - a / b * 5); // expect: 48
console.log(0 - 0); // expect: 0
console.log(1 - 1 - 1); // expect: -1
