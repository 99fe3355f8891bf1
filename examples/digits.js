// Digit games: reversing numbers, digit sums of powers of two, and
// the 196 "reverse and add" palindrome search for small numbers.
function reverse(n) {
  let r = 0;
  while (n > 0) {
    let d = n % 10;
    r = r * 10 + d;
    n = (n - d) / 10;
  }
  return r;
}
function digitSum(n) {
  let s = 0;
  while (n > 0) {
    let d = n % 10;
    s += d;
    n = (n - d) / 10;
  }
  return s;
}
for (let k = 10; k <= 50; k += 10) {
  console.log("2**" + k + " = " + 2 ** k + ", digit sum " + digitSum(2 ** k));
}
let stubborn = "";
for (let n = 1; n < 200; n++) {
  let x = n, steps = 0;
  do {
    x = x + reverse(x);
    steps++;
  } while (x !== reverse(x) && steps < 30);
  if (steps >= 30) stubborn += n + " ";
}
console.log("no palindrome within 30 steps:", stubborn);
