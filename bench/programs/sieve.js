// sieve: count the primes below 2500000. There are no arrays, so this is
// trial division by odd divisors up to sqrt(n): int32 `%`, `*` and compares.
function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
function countPrimes(limit) {
  let count = 0;
  for (let n = 0; n < limit; n++) {
    if (isPrime(n)) count++;
  }
  return count;
}
console.log(countPrimes(2500000));
