-- sieve: count the primes below 2500000 by trial division by odd divisors up
-- to sqrt(n) (the same algorithm as sieve.js; there are no arrays in stitch).
local function isPrime(n)
  if n < 2 then return false end
  if n % 2 == 0 then return n == 2 end
  local d = 3
  while d * d <= n do
    if n % d == 0 then return false end
    d = d + 2
  end
  return true
end
local function countPrimes(limit)
  local count = 0
  for n = 0, limit - 1 do
    if isPrime(n) then count = count + 1 end
  end
  return count
end
print(countPrimes(2500000))
