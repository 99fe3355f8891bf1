-- spectralnorm: the spectral norm of an infinite matrix, by power
-- iteration over arrays of doubles (the same operations in the same
-- order as spectralnorm.js; tables indexed from 0 as the JS arrays are).
local N = 700

local function a(i, j)
  local ij = i + j
  return 1.0 / ((ij * (ij + 1)) / 2 + i + 1)
end

local function times(v, out)
  for i = 0, N - 1 do
    local sum = 0.0
    for j = 0, N - 1 do sum = sum + a(i, j) * v[j] end
    out[i] = sum
  end
end

local function timesTransp(v, out)
  for i = 0, N - 1 do
    local sum = 0.0
    for j = 0, N - 1 do sum = sum + a(j, i) * v[j] end
    out[i] = sum
  end
end

local function atimes(v, out, tmp)
  times(v, tmp)
  timesTransp(tmp, out)
end

local u, v, tmp = {}, {}, {}
for i = 0, N - 1 do
  u[i] = 1.0
  v[i] = 0.0
  tmp[i] = 0.0
end
for k = 1, 10 do
  atimes(u, v, tmp)
  atimes(v, u, tmp)
end
local vbv, vv = 0.0, 0.0
for i = 0, N - 1 do
  vbv = vbv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vbv / vv)))
