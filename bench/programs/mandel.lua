-- mandel: escape-time iteration counts over a 1200x1200 grid of the Mandelbrot
-- set, at most 200 iterations per point -- double multiply/add/compare.
local function mandel(w, h, maxIter)
  local total = 0
  for y = 0, h - 1 do
    local ci = y * 2.0 / h - 1.0
    for x = 0, w - 1 do
      local cr = x * 3.0 / w - 2.0
      local zr, zi, n = 0.0, 0.0, 0
      while n < maxIter do
        local zr2, zi2 = zr * zr, zi * zi
        if zr2 + zi2 > 4.0 then break end
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n = n + 1
      end
      total = total + n
    end
  end
  return total
end
print(mandel(1200, 1200, 200))
