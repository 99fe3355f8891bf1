# arraysieve: the sieve of Eratosthenes over a list of booleans, counting
# the primes below LIMIT, several times -- indexed list reads and writes.
LIMIT = 1000000
ROUNDS = 20


def sieve(limit):
    composite = [None] * limit
    for i in range(limit):
        composite[i] = False
    count = 0
    for i in range(2, limit):
        if not composite[i]:
            count = count + 1
            j = i * i
            while j < limit:
                composite[j] = True
                j = j + i
    return count


total = 0
for r in range(ROUNDS):
    total = total + sieve(LIMIT)
print(total)
