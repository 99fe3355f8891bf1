// A named function expression binds its own name inside; a declaration's
// name in its own body is the enclosing binding (captured).
function f() {
  let fact = 'outer';
  const g = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
  function rec(n) { return n ? rec(n - 1) + 1 : 0; }
  const r = rec;
  return [g(5), fact, r(3)];
}
console.log(f().join(' '));
// expect: 120 outer 3
