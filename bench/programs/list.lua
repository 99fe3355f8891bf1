-- list: a singly linked list of {value, next} tables -- built, reversed in
-- place and summed, over and over: allocation and field reads/writes.
local LENGTH = 10000
local ROUNDS = 1000

local function build(n)
  local head = nil
  for i = 0, n - 1 do
    head = { value = i, next = head }
  end
  return head
end

local function reverse(list)
  local prev = nil
  local node = list
  while node ~= nil do
    local nxt = node.next
    node.next = prev
    prev = node
    node = nxt
  end
  return prev
end

local function sum(list)
  local s = 0
  local pos = 0
  local node = list
  while node ~= nil do
    s = (s + node.value * (pos % 7 + 1)) % 1000003
    pos = pos + 1
    node = node.next
  end
  return s
end

local checksum = 0
for r = 0, ROUNDS - 1 do
  local list = build(LENGTH + r)
  checksum = (checksum + sum(list)) % 1000003
  list = reverse(list)
  checksum = (checksum + sum(list)) % 1000003
  list = reverse(list)
  checksum = (checksum + sum(list)) % 1000003
end
print(checksum)
