-- hanoi: the Towers of Hanoi with three arrays as stacks (push/pop); every
-- move checks that no disk lands on a smaller one. Pegs are numbered 0-2 as
-- in hanoi.js and stored at index peg+1.
local DISKS = 22
local ROUNDS = 3

local function moveDisk(game, from, to)
  local src = game.pegs[from + 1]
  local dst = game.pegs[to + 1]
  local disk = src[#src]
  src[#src] = nil
  if #dst > 0 and dst[#dst] < disk then game.errors = game.errors + 1 end
  dst[#dst + 1] = disk
  game.moves = game.moves + 1
end

local function move(game, n, from, to, via)
  if n == 0 then return end
  move(game, n - 1, from, via, to)
  moveDisk(game, from, to)
  move(game, n - 1, via, to, from)
end

local function play(n)
  local game = { pegs = { {}, {}, {} }, moves = 0, errors = 0 }
  local first = game.pegs[1]
  for d = n, 1, -1 do first[#first + 1] = d end
  move(game, n, 0, 2, 1)
  -- Every disk must end on the last peg, largest at the bottom.
  local last = game.pegs[3]
  for i = 0, #last - 1 do
    if last[i + 1] ~= n - i then game.errors = game.errors + 1 end
  end
  return game.moves + game.errors * 1000000000
end

local total = 0
for r = 0, ROUNDS - 1 do total = total + play(DISKS) end
print(total)
