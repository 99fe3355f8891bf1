// Conditionals in statement and expression position together.
function abs(n) { return n < 0 ? -n : n; }
function max3(a, b, c) {
  let m = a;
  if (b > m) m = b;
  if (c > m) m = c;
  return m;
}
console.log(abs(-3), abs(3), abs(-0)); // expect: 3 3 -0
console.log(max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1)); // expect: 3 3 3
let label = max3(4, 9, 2) > 5 ? (abs(-1) === 1 ? "both" : "first") : "none";
console.log(label); // expect: both
