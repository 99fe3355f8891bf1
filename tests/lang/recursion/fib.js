// Naive recursive Fibonacci.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
console.log(fib(0)); // expect: 0
console.log(fib(1)); // expect: 1
console.log(fib(10)); // expect: 55
console.log(fib(20)); // expect: 6765
console.log(fib(25)); // expect: 75025
