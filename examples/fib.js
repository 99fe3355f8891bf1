// Naive recursive Fibonacci: prints fib(0) .. fib(10) and then fib(30).
// A classic function-call benchmark.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
let line = "";
for (let i = 0; i <= 10; i++) {
  line = line + fib(i) + " ";
}
console.log("fib(0..10):", line);
console.log("fib(30) = " + fib(30));
