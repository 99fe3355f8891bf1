-- exceptions: a record validator that throws and catches per item (the
-- JavaScript version's twin: error() with tables for the error classes,
-- pcall for try/catch, the finally's count after each pcall).
local RangeError, TypeError = {}, {}
local function throw(class, message)
  error(setmetatable({ message = message }, class), 0)
end

local function digit(c)
  if c < 48 or c > 57 then throw(RangeError, "bad digit") end
  return c - 48
end
local function number(s, start, stop)
  local n = 0
  for i = start, stop - 1 do n = n * 10 + digit(string.byte(s, i + 1)) end
  if n > 60000 then error({ code = 2, value = n }, 0) end
  return n
end
local function record(s)
  local comma = string.find(s, ",", 1, true)
  if not comma then throw(TypeError, "no comma") end
  comma = comma - 1
  return number(s, 0, comma) + number(s, comma + 1, #s)
end
local function checked(s)
  local ok, v = pcall(record, s)
  if ok then return v end
  if getmetatable(v) == TypeError then return -1 end
  error(v, 0)
end

local seed = 12345
local function next()
  seed = (seed * 16807) % 2147483647
  return seed
end
local chars = "0123456789"
local items = {}
for i = 1, 2000 do
  local parts = {}
  local len = 3 + next() % 3
  for j = 1, len do local d = next() % 10 + 1; parts[#parts + 1] = chars:sub(d, d) end
  local kind = next() % 8
  if kind == 0 then parts[#parts + 1] = "x" end
  if kind ~= 1 then parts[#parts + 1] = "," end
  local len2 = 2 + next() % 4
  for j = 1, len2 do local d = next() % 10 + 1; parts[#parts + 1] = chars:sub(d, d) end
  items[i] = table.concat(parts)
end
local total, bad, big, none, seen = 0, 0, 0, 0, 0
for round = 1, 250 do
  for i = 1, #items do
    local ok, v = pcall(checked, items[i])
    if ok then
      if v < 0 then none = none + 1 else total = (total + v) % 1000000007 end
    elseif getmetatable(v) == RangeError then
      bad = bad + 1
    elseif type(v) == "table" and v.code == 2 then
      big = big + 1
    end
    seen = seen + 1
  end
end
print(string.format("%d %d %d %d %d", total, bad, big, none, seen))
