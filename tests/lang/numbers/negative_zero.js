// Producing -0 and telling it apart from 0.
console.log(-0); // expect: -0
console.log(0 * -1); // expect: -0
console.log(-4 % 2); // expect: -0
console.log(-0 + 0); // expect: 0
console.log(0 + -0); // expect: 0
console.log(-0 + -0); // expect: -0
console.log(-0 - 0); // expect: -0
console.log(0 - 0); // expect: 0
console.log(1 / -0); // expect: -Infinity
console.log(1 / 0); // expect: Infinity
console.log("" + -0); // expect: 0
console.log(-0 === 0); // expect: true
console.log(-0 == 0); // expect: true
console.log(-0 < 0); // expect: false
console.log(0 / -5); // expect: -0
console.log(-5 * 0); // expect: -0
console.log(-0 * -0); // expect: 0
let z = 0;
console.log(-z); // expect: -0
console.log(1 / -z); // expect: -Infinity
