-- binarytrees: the benchmarks game's binary trees at depth 16 (see
-- binarytrees.js). A leaf is a table without children (JavaScript's null is
-- nil here, and a nil field is simply absent).
local function bottomUp(depth)
  if depth == 0 then return {} end
  return { left = bottomUp(depth - 1), right = bottomUp(depth - 1) }
end

local function itemCheck(node)
  if node.left == nil then return 1 end
  return 1 + itemCheck(node.left) + itemCheck(node.right)
end

local function run(maxDepth)
  local minDepth = 4
  local checks = { itemCheck(bottomUp(maxDepth + 1)) }
  local longLived = bottomUp(maxDepth)
  for depth = minDepth, maxDepth, 2 do
    local iterations = 2 ^ (maxDepth - depth + minDepth)
    local check = 0
    for _ = 1, iterations do
      check = check + itemCheck(bottomUp(depth))
    end
    checks[#checks + 1] = check
  end
  checks[#checks + 1] = itemCheck(longLived)
  local parts = {}
  for i, c in ipairs(checks) do parts[i] = string.format("%d", c) end
  return table.concat(parts, " ")
end

print(run(16))
