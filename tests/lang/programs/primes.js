// Counting primes by trial division.
function isPrime(n) {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
let list = "";
for (let i = 0; i < 50; i++) if (isPrime(i)) list += i + " ";
console.log(list); // expect: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47
let count = 0;
for (let i = 0; i < 100000; i++) if (isPrime(i)) count++;
console.log(count); // expect: 9592
console.log(isPrime(2147483647)); // expect: true
let largest = 0;
for (let i = 1000000; i > 0; i--) { if (isPrime(i)) { largest = i; break; } }
console.log(largest); // expect: 999983
