// Counting calls made by a recursive function through a global.
let calls = 0;
function fib(n) { calls++; if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
console.log(fib(15), calls); // expect: 610 1973
calls = 0;
function binom(n, k) {
  calls++;
  if (k === 0 || k === n) return 1;
  return binom(n - 1, k - 1) + binom(n - 1, k);
}
console.log(binom(10, 5), calls); // expect: 252 503
