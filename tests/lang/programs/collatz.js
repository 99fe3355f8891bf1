// Longest Collatz chain for starting values below 30000.
function collatzLength(n) {
  let steps = 1;
  while (n !== 1) {
    if (n % 2 === 0) n = n / 2;
    else n = 3 * n + 1;
    steps++;
  }
  return steps;
}
let best = 0, bestStart = 0;
for (let i = 1; i < 30000; i++) {
  let len = collatzLength(i);
  if (len > best) { best = len; bestStart = i; }
}
console.log(bestStart, best); // expect: 26623 308
console.log(collatzLength(27)); // expect: 112
let peak = 0;
let n = 77671;
while (n !== 1) { if (n > peak) peak = n; n = n % 2 === 0 ? n / 2 : 3 * n + 1; }
console.log(peak); // expect: 1570824736
