-- arraysieve: the sieve of Eratosthenes over an array of booleans, counting
-- the primes below LIMIT, several times. Number i lives at index i+1.
local LIMIT = 1000000
local ROUNDS = 20

local function sieve(limit)
  local composite = {}
  for i = 1, limit do composite[i] = false end
  local count = 0
  for i = 2, limit - 1 do
    if not composite[i + 1] then
      count = count + 1
      local j = i * i
      while j < limit do
        composite[j + 1] = true
        j = j + i
      end
    end
  end
  return count
end

local total = 0
for r = 0, ROUNDS - 1 do total = total + sieve(LIMIT) end
print(total)
