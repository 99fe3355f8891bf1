-- closures: a functional pipeline whose every stage is a closure -- map,
-- filter, forEach and reduce written as functions taking callbacks, and
-- callbacks that capture and update state (a counter table of closures,
-- an adder, a composition, a running maximum). Fresh closures every round.
local N = 2000
local ROUNDS = 5000

local function map(a, f)
  local out = {}
  for i = 1, #a do out[#out + 1] = f(a[i], i - 1) end
  return out
end

local function filter(a, keep)
  local out = {}
  for i = 1, #a do
    if keep(a[i]) then out[#out + 1] = a[i] end
  end
  return out
end

local function forEach(a, f)
  for i = 1, #a do f(a[i]) end
end

local function reduce(a, f, acc)
  for i = 1, #a do acc = f(acc, a[i]) end
  return acc
end

local function makeCounter()
  local n = 0
  return { inc = function() n = n + 1; return n end, get = function() return n end }
end

local function adder(k)
  return function(x) return (x + k) % 1000003 end
end

local function compose(f, g)
  return function(x) return f(g(x)) end
end

local data = {}
for i = 0, N - 1 do data[#data + 1] = (i * 7919) % 10007 end

local checksum = 0
for r = 0, ROUNDS - 1 do
  local counter = makeCounter()
  local shift = adder(r)
  local scale = function(x) return (x * 3 + r) % 10007 end
  local f = compose(shift, scale)
  local mapped = map(data, function(x, i) return f(x) + (i % 8) end)
  local kept = filter(mapped, function(x) counter.inc(); return x % 4 ~= 0 end)
  local maxSeen = 0
  forEach(kept, function(x) if x > maxSeen then maxSeen = x end end)
  local total = reduce(kept, function(acc, x) return (acc + x * 31) % 1000003 end, 0)
  checksum = (checksum + total + maxSeen + counter.get() + #kept) % 1000003
end
print(string.format("%d", checksum))
