// NaN propagates through arithmetic.
console.log(NaN + 1); // expect: NaN
console.log(NaN - NaN); // expect: NaN
console.log(NaN * 0); // expect: NaN
console.log(NaN / NaN); // expect: NaN
console.log(NaN % 2); // expect: NaN
console.log(0 / 0); // expect: NaN
console.log(undefined + 1); // expect: NaN
console.log("abc" * 2); // expect: NaN
let n = NaN;
n = n + 1;
console.log(n); // expect: NaN
n++;
console.log(n); // expect: NaN
console.log(NaN ** 0); // expect: 1
console.log(-NaN); // expect: NaN
