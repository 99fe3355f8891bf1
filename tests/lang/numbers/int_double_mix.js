// Integers and doubles are one number type.
console.log(3 + 0.5); // expect: 3.5
console.log(1.5 + 1.5); // expect: 3
console.log(0.5 * 4); // expect: 2
console.log(3 === 3.0); // expect: true
console.log(2.5 - 0.5 === 2); // expect: true
let x = 7;
x = x / 2;
console.log(x); // expect: 3.5
x = x * 2;
console.log(x); // expect: 7
console.log(x === 7); // expect: true
let y = 0.5;
y++;
console.log(y); // expect: 1.5
y--; y--;
console.log(y); // expect: -0.5
console.log(10 - 9.9); // expect: 0.09999999999999964
