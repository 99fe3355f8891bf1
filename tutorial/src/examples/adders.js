// Every iteration makes a fresh closure and calls it at the same site.
function adder(k) {
  return (x) => x + k;
}
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const f = adder(i);
    s = f(s) % 1000003;
  }
  return s;
}
console.log(run(2000));
