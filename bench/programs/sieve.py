# sieve: count the primes below 2500000 by trial division by odd divisors up
# to sqrt(n) (the same algorithm as sieve.js; there are no arrays in stitch).
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count

print(count_primes(2500000))
