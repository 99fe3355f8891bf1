// calls: 100 million calls of a tiny function from a loop inside a function.
// The running sum is kept below 10^9 so it stays int32.
function add(a, b) {
  return a + b;
}
function run(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = add(s, i);
    if (s > 1000000000) s = s - 1000000000;
  }
  return s;
}
console.log(run(100000000));
