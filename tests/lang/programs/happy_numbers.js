// Happy numbers: repeatedly summing squared digits reaches 1.
function next(n) { let s = 0; while (n > 0) { let d = n % 10; s += d * d; n = (n - d) / 10; } return s; }
function isHappy(n) {
  let slow = n, fast = n;
  do {
    slow = next(slow);
    fast = next(next(fast));
  } while (slow !== fast);
  return slow === 1;
}
let out = "", count = 0;
for (let i = 1; i <= 1000; i++) {
  if (isHappy(i)) { count++; if (count <= 10) out += i + " "; }
}
console.log(out); // expect: 1 7 10 13 19 23 28 31 32 44
console.log(count); // expect: 143
