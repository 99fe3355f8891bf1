// Prime numbers by trial division: prints the primes below 100
// and counts the primes below 200000.
function isPrime(n) {
  if (n < 2) return false;
  if (n < 4) return true;
  if (n % 2 === 0 || n % 3 === 0) return false;
  for (let d = 5; d * d <= n; d += 6) {
    if (n % d === 0 || n % (d + 2) === 0) return false;
  }
  return true;
}
let small = "";
for (let i = 2; i < 100; i++) {
  if (isPrime(i)) small += i + " ";
}
console.log("primes below 100:", small);
const N = 200000;
let count = 0;
let last = 0;
for (let i = 2; i < N; i++) {
  if (isPrime(i)) { count++; last = i; }
}
console.log("there are " + count + " primes below " + N + "; the largest is " + last);
