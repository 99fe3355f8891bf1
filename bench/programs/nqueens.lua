-- nqueens: count the placements of N non-attacking queens by backtracking,
-- with three arrays of booleans for the columns and the two diagonals.
-- Arrays are 1-based here: index k+1 holds what nqueens.js keeps at k.
local N = 10
local ROUNDS = 70

local function place(board, row)
  local n = board.n
  if row == n then return 1 end
  local count = 0
  for col = 0, n - 1 do
    local d1 = row + col
    local d2 = row - col + n - 1
    if not board.cols[col + 1] and not board.diag1[d1 + 1] and not board.diag2[d2 + 1] then
      board.cols[col + 1] = true
      board.diag1[d1 + 1] = true
      board.diag2[d2 + 1] = true
      board.queens[row + 1] = col
      count = count + place(board, row + 1)
      board.cols[col + 1] = false
      board.diag1[d1 + 1] = false
      board.diag2[d2 + 1] = false
    end
  end
  return count
end

local function falses(n)
  local a = {}
  for i = 1, n do a[#a + 1] = false end
  return a
end

local function solve(n)
  local board = {
    n = n,
    cols = falses(n),
    diag1 = falses(2 * n - 1),
    diag2 = falses(2 * n - 1),
    queens = falses(n),
  }
  return place(board, 0)
end

local total = 0
for r = 0, ROUNDS - 1 do
  total = total + solve(N)
end
print(total)
