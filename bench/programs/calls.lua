-- calls: 100 million calls of a tiny function from a loop inside a function.
local function add(a, b)
  return a + b
end
local function run(n)
  local s = 0
  for i = 0, n - 1 do
    s = add(s, i)
    if s > 1000000000 then s = s - 1000000000 end
  end
  return s
end
print(run(100000000))
