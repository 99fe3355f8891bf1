-- fib: recursive Fibonacci -- call/return overhead, int32 add and compare.
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print(fib(38))
