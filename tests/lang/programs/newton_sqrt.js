// Square roots by Newton's method and integer square roots by bisection.
function sqrt(x) {
  if (x === 0) return 0;
  let g = x;
  for (let i = 0; i < 60; i++) g = (g + x / g) / 2;
  return g;
}
function isqrt(n) {
  let lo = 0, hi = n + 1;
  while (hi - lo > 1) {
    let mid = (lo + hi) / 2 | 0;
    if (mid * mid <= n) lo = mid; else hi = mid;
  }
  return lo;
}
console.log(sqrt(2)); // expect: 1.414213562373095
console.log(sqrt(144)); // expect: 12
console.log(sqrt(0.25)); // expect: 0.5
console.log(isqrt(1000000), isqrt(999999), isqrt(2)); // expect: 1000 999 1
let sq = 0;
for (let n = 1; n <= 10000; n++) if (isqrt(n) ** 2 === n) sq++;
console.log(sq); // expect: 100
