// Unary minus and plus.
console.log(-(-3)); // expect: 3
console.log(- -3); // expect: 3
console.log(-(3)); // expect: -3
console.log(+3); // expect: 3
console.log(+-3); // expect: -3
console.log(-+3); // expect: -3
console.log(-"3"); // expect: -3
console.log(+"3"); // expect: 3
console.log(-true); // expect: -1
console.log(+false); // expect: 0
console.log(-undefined); // expect: NaN
console.log(-"abc"); // expect: NaN
let a = 5;
console.log(-a); // expect: -5
console.log(- - a); // expect: 5
console.log(-a * -a); // expect: 25
console.log(-2147483648); // expect: -2147483648
