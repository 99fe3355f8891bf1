// Functions nested two levels deep reach the outermost function's
// bindings through an intermediate function that does not use them.
function top() {
  let a = 1, b = 2;
  function mid() {
    let b = 20;
    return function leaf() { return a + b; };
  }
  const leaf = mid();
  a = 100;
  return [leaf(), b];
}
console.log(top().join(' '));
function counter() {
  let n = 0;
  const mk = () => () => () => ++n;
  const inc = mk()();
  inc(); inc();
  return n;
}
console.log(counter());
// expect: 120 2
// expect: 2
