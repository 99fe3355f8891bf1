// arraysieve: the sieve of Eratosthenes over an Array of booleans, counting
// the primes below LIMIT, several times -- indexed array reads and writes.
const LIMIT = 1000000;
const ROUNDS = 20;

function sieve(limit) {
  const composite = new Array(limit);
  for (let i = 0; i < limit; i++) composite[i] = false;
  let count = 0;
  for (let i = 2; i < limit; i++) {
    if (!composite[i]) {
      count = count + 1;
      for (let j = i * i; j < limit; j = j + i) composite[j] = true;
    }
  }
  return count;
}

let total = 0;
for (let r = 0; r < ROUNDS; r++) total = total + sieve(LIMIT);
console.log(total);
