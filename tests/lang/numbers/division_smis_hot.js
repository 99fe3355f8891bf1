// Smi / Smi in a function hot enough to compile: compiled code divides
// two Smis as doubles and must give the interpreter's result for every
// quotient: integral ones as integers, fractions, -0, infinities, NaN,
// and the one int32 quotient outside the int32 range.
function div(a, b) {
  return a / b;
}
const pairs = [
  [6, 3], [7, 2], [-7, 2], [1, 3], [0, 5], [0, -5], [-0, 5], [5, 0], [-5, 0], [0, 0],
  [-2147483648, -1], [-2147483648, 1], [2147483647, -1], [2147483647, 2147483646],
  [1, 2147483647], [-2147483648, 2147483647], [1000000, 7], [-9, -3], [9, -3],
];
let out = [];
for (let round = 0; round < 200; round++) {
  out = [];
  for (const [a, b] of pairs) out.push(div(a, b));
}
const text = (x) => (Object.is(x, -0) ? "-0" : String(x));
console.log(out.slice(0, 10).map(text).join(" ")); // expect: 2 3.5 -3.5 0.3333333333333333 0 -0 -0 Infinity -Infinity NaN
console.log(out.slice(10, 14).map(text).join(" ")); // expect: 2147483648 -2147483648 -2147483647 1.0000000004656613
console.log(out.slice(14).map(text).join(" ")); // expect: 4.656612875245797e-10 -1.0000000004656613 142857.14285714287 3 -3
console.log(Object.is(div(0, -1), -0), Object.is(div(-0, -1), 0)); // expect: true true
// A quotient that is a Smi stays one: it indexes an array like any integer.
const arr = [10, 20, 30];
let sum = 0;
for (let i = 0; i < 3000; i++) sum += arr[div(i % 3 * 4, 4)];
console.log(sum); // expect: 60000
