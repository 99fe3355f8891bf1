// Nested function declarations are hoisted to the top of their function.
function outer() {
  console.log(inner(2));
  function inner(x) { return x * helper(); }
  function helper() { return 21; }
  return inner;
}
console.log(outer()(1));
// Recursion through a captured name.
function fib(n) {
  function go(k) { return k < 2 ? k : go(k - 1) + go(k - 2); }
  return go(n);
}
console.log(fib(15));
// A later declaration of the same name wins.
function twice() {
  function g() { return 1; }
  function g() { return 2; }
  return g();
}
console.log(twice());
// expect: 42
// expect: 21
// expect: 610
// expect: 2
