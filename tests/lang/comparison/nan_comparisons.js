// Every comparison with NaN is false (except !=).
let n = NaN;
console.log(n < 1); // expect: false
console.log(n > 1); // expect: false
console.log(n <= n); // expect: false
console.log(n >= n); // expect: false
console.log(n == n); // expect: false
console.log(n === n); // expect: false
console.log(n != n); // expect: true
console.log(n !== n); // expect: true
console.log(n < Infinity); // expect: false
console.log("a" < n); // expect: false
console.log(undefined < 1); // expect: false
console.log(undefined > 1); // expect: false
function isNaNish(x) { return x !== x; }
console.log(isNaNish(0 / 0), isNaNish(0)); // expect: true false
