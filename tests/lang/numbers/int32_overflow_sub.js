// Subtraction past the int32 limits.
console.log(-2147483648 - 1); // expect: -2147483649
console.log(2147483647 - -1); // expect: 2147483648
console.log(0 - -2147483648); // expect: 2147483648
console.log(-2147483647 - 2); // expect: -2147483649
let m = -2147483648;
m = m - 1;
console.log(m); // expect: -2147483649
m = m + 1;
console.log(m); // expect: -2147483648
console.log(m - m); // expect: 0
console.log(-(-2147483648)); // expect: 2147483648
let k = -2147483648;
console.log(-k); // expect: 2147483648
