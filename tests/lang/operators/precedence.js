// Operator precedence and associativity.
console.log(2 + 3 * 4); // expect: 14
console.log((2 + 3) * 4); // expect: 20
console.log(2 * 3 ** 2); // expect: 18
console.log(10 - 2 - 3); // expect: 5
console.log(10 - (2 - 3)); // expect: 11
console.log(100 / 10 / 5); // expect: 2
console.log(10 / 2 * 5); // expect: 25
console.log(2 ** 3 ** 2); // expect: 512
console.log(1 + 2 * 3 - 4 / 2); // expect: 5
console.log(7 % 4 * 2); // expect: 6
console.log(-2 * -3 + 1); // expect: 7
console.log(1 + 2 < 4); // expect: true
console.log(1 < 2 === true); // expect: true
console.log(1 + 1 === 2 && 2 + 2 === 4); // expect: true
console.log(1 | 2 + 4); // expect: 7
console.log(8 >> 1 + 1); // expect: 2
console.log(5 & 3 == 1); // expect: 0
console.log((5 & 3) == 1); // expect: true
console.log(!1 + 1); // expect: 1
console.log(typeof 1 + 1); // expect: number1
