-- json: generate a JSON document as a string, then tokenize and parse it
-- by byte scanning into tagged node tables, and walk the tree for a
-- checksum (the same algorithm as json.js). p.pos is 0-based as in json.js;
-- string.byte(s, pos + 1) is charCodeAt(pos).
local RECORDS = 1000
local ROUNDS = 160

local T_NULL = 0
local T_TRUE = 1
local T_FALSE = 2
local T_NUMBER = 3
local T_STRING = 4
local T_ARRAY = 5
local T_OBJECT = 6

local KEYS = { "id", "name", "tags", "score", "active", "parent", "children", "note" }

local byte, char, sub = string.byte, string.char, string.sub

-- ---- generator (a deterministic pseudo-random document)

local function nextRandom(rng)
  rng.seed = (rng.seed * 1101 + 12345) % 1048576
  -- The low bits of a power-of-two LCG cycle quickly; use the high ones.
  return math.floor(rng.seed / 16)
end

local function intToString(n)
  if n == 0 then return "0" end
  local neg = false
  if n < 0 then
    neg = true
    n = -n
  end
  local digits = {}
  while n > 0 do
    local d = n % 10
    table.insert(digits, 1, char(48 + d))
    n = math.floor((n - d) / 10)
  end
  if neg then table.insert(digits, 1, "-") end
  return table.concat(digits)
end

local function genWord(rng, out)
  local len = 3 + nextRandom(rng) % 8
  out[#out + 1] = "\""
  for i = 0, len - 1 do
    out[#out + 1] = char(97 + nextRandom(rng) % 26)
  end
  out[#out + 1] = "\""
end

local genObject

local function genValue(rng, out, depth)
  local r = nextRandom(rng) % 10
  if depth > 3 or r < 3 then
    out[#out + 1] = intToString(nextRandom(rng) % 20000 - 10000)
  elseif r < 5 then
    genWord(rng, out)
  elseif r == 5 then
    out[#out + 1] = "true"
  elseif r == 6 then
    out[#out + 1] = "false"
  elseif r == 7 then
    out[#out + 1] = "null"
  elseif r == 8 then
    local n = nextRandom(rng) % 5
    out[#out + 1] = "["
    for i = 0, n - 1 do
      if i > 0 then out[#out + 1] = ", " end
      genValue(rng, out, depth + 1)
    end
    out[#out + 1] = "]"
  else
    genObject(rng, out, depth + 1)
  end
end

genObject = function(rng, out, depth)
  local n = 1 + nextRandom(rng) % 4
  local start = nextRandom(rng) % #KEYS
  out[#out + 1] = "{"
  for i = 0, n - 1 do
    if i > 0 then out[#out + 1] = "," end
    out[#out + 1] = "\""
    out[#out + 1] = KEYS[(start + i) % #KEYS + 1]
    out[#out + 1] = "\": "
    genValue(rng, out, depth)
  end
  out[#out + 1] = "}"
end

local function generate(records)
  local rng = { seed = 42 }
  local out = {}
  out[#out + 1] = "[\n"
  for i = 0, records - 1 do
    if i > 0 then out[#out + 1] = ",\n" end
    genObject(rng, out, 0)
  end
  out[#out + 1] = "\n]"
  return table.concat(out)
end

-- ---- parser

local function skipSpace(p)
  local s = p.text
  while p.pos < #s do
    local c = byte(s, p.pos + 1)
    if c ~= 32 and c ~= 10 and c ~= 13 and c ~= 9 then return end
    p.pos = p.pos + 1
  end
end

local function expect(p, c)
  if byte(p.text, p.pos + 1) ~= c then p.errors = p.errors + 1 end
  p.pos = p.pos + 1
end

local function parseString(p)
  local s = p.text
  expect(p, 34)
  local str = ""
  while p.pos < #s do
    local c = byte(s, p.pos + 1)
    p.pos = p.pos + 1
    if c == 34 then return str end
    if c == 92 then
      str = str .. sub(s, p.pos + 1, p.pos + 1)
      p.pos = p.pos + 1
    else
      str = str .. char(c)
    end
  end
  p.errors = p.errors + 1
  return str
end

local function parseNumber(p)
  local s = p.text
  local neg = false
  if byte(s, p.pos + 1) == 45 then
    neg = true
    p.pos = p.pos + 1
  end
  local n = 0
  while p.pos < #s do
    local c = byte(s, p.pos + 1)
    if c < 48 or c > 57 then break end
    n = n * 10 + (c - 48)
    p.pos = p.pos + 1
  end
  if neg then n = -n end
  return { type = T_NUMBER, num = n, str = nil, items = nil, keys = nil }
end

local function parseLiteral(p, word, type)
  for i = 1, #word do expect(p, byte(word, i)) end
  return { type = type, num = 0, str = nil, items = nil, keys = nil }
end

local parseValue

local function parseArray(p)
  expect(p, 91)
  local items = {}
  skipSpace(p)
  if byte(p.text, p.pos + 1) == 93 then
    p.pos = p.pos + 1
  else
    while true do
      items[#items + 1] = parseValue(p)
      skipSpace(p)
      local c = byte(p.text, p.pos + 1)
      p.pos = p.pos + 1
      if c == 93 then break end
      if c ~= 44 then
        p.errors = p.errors + 1
        break
      end
    end
  end
  return { type = T_ARRAY, num = 0, str = nil, items = items, keys = nil }
end

local function parseObject(p)
  expect(p, 123)
  local keys = {}
  local items = {}
  skipSpace(p)
  if byte(p.text, p.pos + 1) == 125 then
    p.pos = p.pos + 1
  else
    while true do
      skipSpace(p)
      keys[#keys + 1] = parseString(p)
      skipSpace(p)
      expect(p, 58)
      items[#items + 1] = parseValue(p)
      skipSpace(p)
      local c = byte(p.text, p.pos + 1)
      p.pos = p.pos + 1
      if c == 125 then break end
      if c ~= 44 then
        p.errors = p.errors + 1
        break
      end
    end
  end
  return { type = T_OBJECT, num = 0, str = nil, items = items, keys = keys }
end

parseValue = function(p)
  skipSpace(p)
  local c = byte(p.text, p.pos + 1)
  if c == 123 then return parseObject(p) end
  if c == 91 then return parseArray(p) end
  if c == 34 then
    local str = parseString(p)
    return { type = T_STRING, num = 0, str = str, items = nil, keys = nil }
  end
  if c == 116 then return parseLiteral(p, "true", T_TRUE) end
  if c == 102 then return parseLiteral(p, "false", T_FALSE) end
  if c == 110 then return parseLiteral(p, "null", T_NULL) end
  return parseNumber(p)
end

-- ---- checksum walk

local function mix(h, v)
  return (h * 31 + v + 1000000) % 1000000007
end

local function walk(node, h)
  local t = node.type
  if t == T_NUMBER then return mix(h, node.num) end
  if t == T_STRING then return mix(mix(h, #node.str), byte(node.str, 1)) end
  if t == T_ARRAY or t == T_OBJECT then
    local items = node.items
    h = mix(h, #items + t)
    for i = 1, #items do
      if t == T_OBJECT then h = mix(h, byte(node.keys[i], 1) + #node.keys[i]) end
      h = walk(items[i], h)
    end
    return h
  end
  return mix(h, t)
end

local text = generate(RECORDS)
local checksum = #text
for r = 0, ROUNDS - 1 do
  local p = { text = text, pos = 0, errors = 0 }
  local doc = parseValue(p)
  checksum = walk(doc, checksum)
  checksum = mix(checksum, p.errors * 1000)
end
print(checksum)
