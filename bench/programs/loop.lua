-- loop: a counted integer loop at the top level of the chunk.
-- JavaScript's `x | 0` (wrap to int32) is written as plain arithmetic so the
-- same file runs under Lua 5.4 (integers) and LuaJIT (doubles, exact here).
local sum = 0
for i = 0, 100000000 - 1 do
  sum = (sum + i + 2147483648) % 4294967296 - 2147483648
end
print(sum)
