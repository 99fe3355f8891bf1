-- ackermann: deep, irregular recursion. ack(3, 9) = 4093, about 11 million
-- calls, up to ~4100 frames deep.
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(3, 9))
