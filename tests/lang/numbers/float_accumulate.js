// Accumulating rounding error.
let sum = 0;
let i = 0;
while (i < 10) { sum = sum + 0.1; i++; }
console.log(sum); // expect: 0.9999999999999999
console.log(sum === 1); // expect: false
let half = 0;
for (let j = 0; j < 10; j++) half += 0.5;
console.log(half); // expect: 5
console.log(half === 5); // expect: true
let t = 1;
for (let j = 0; j < 60; j++) t = t / 2;
console.log(t); // expect: 8.673617379884035e-19
for (let j = 0; j < 60; j++) t = t * 2;
console.log(t); // expect: 1
