// Euclid's greatest common divisor (iterative and recursive) and a
// table of least common multiples for 1..10.
function gcd(a, b) {
  while (b !== 0) {
    let t = a % b;
    a = b;
    b = t;
  }
  return a;
}
function gcdRec(a, b) { return b === 0 ? a : gcdRec(b, a % b); }
function lcm(a, b) { return a / gcd(a, b) * b; }
function pad(n, width) {
  let s = "" + n;
  while (s.length < width) s = " " + s;
  return s;
}
console.log("gcd(1071, 462) = " + gcd(1071, 462) + " = " + gcdRec(1071, 462));
console.log("lcm table:");
let header = "    ";
for (let j = 1; j <= 10; j++) header += pad(j, 4);
console.log(header);
for (let i = 1; i <= 10; i++) {
  let row = pad(i, 4);
  for (let j = 1; j <= 10; j++) row += pad(lcm(i, j), 4);
  console.log(row);
}
let all = 1;
for (let k = 1; k <= 30; k++) all = lcm(all, k);
console.log("lcm(1..30) = " + all);
