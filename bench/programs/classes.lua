-- classes: shapes of four classes with a common base class, rebuilt every
-- round; one call site (`s:area()`) sees every class, a "getter" on the base
-- class calls two more methods, and constructors call their parent's.
local COUNT = 1000
local ROUNDS = 800

local Shape = {}
Shape.__index = Shape
function Shape.init(self, id) self.id = id end
function Shape:weight() return self:area() + self:perimeter() end
function Shape:describe() return self:kind() * 1000 + (self:area() % 1000) end

local Circle = setmetatable({}, { __index = Shape })
Circle.__index = Circle
function Circle.new(id, r)
  local o = setmetatable({}, Circle)
  Shape.init(o, id)
  o.r = r
  return o
end
function Circle:kind() return 1 end
function Circle:area() return 3 * self.r * self.r end
function Circle:perimeter() return 6 * self.r end

local Rect = setmetatable({}, { __index = Shape })
Rect.__index = Rect
function Rect.init(o, id, w, h)
  Shape.init(o, id)
  o.w = w
  o.h = h
end
function Rect.new(id, w, h)
  local o = setmetatable({}, Rect)
  Rect.init(o, id, w, h)
  return o
end
function Rect:kind() return 2 end
function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end

local Square = setmetatable({}, { __index = Rect })
Square.__index = Square
function Square.new(id, s)
  local o = setmetatable({}, Square)
  Rect.init(o, id, s, s)
  return o
end
function Square:kind() return 3 end

local Tri = setmetatable({}, { __index = Shape })
Tri.__index = Tri
function Tri.new(id, b, h)
  local o = setmetatable({}, Tri)
  Shape.init(o, id)
  o.b = b
  o.h = h
  return o
end
function Tri:kind() return 4 end
function Tri:area() return math.floor(self.b * self.h / 2) end
function Tri:perimeter() return 3 * self.b end

local function make(i)
  local k = i % 4
  if k == 0 then return Circle.new(i, (i % 7) + 1) end
  if k == 1 then return Rect.new(i, (i % 5) + 1, (i % 11) + 2) end
  if k == 2 then return Square.new(i, (i % 9) + 1) end
  return Tri.new(i, (i % 13) + 1, (i % 3) + 4)
end

local function round(r)
  local shapes = {}
  for i = 0, COUNT - 1 do shapes[i + 1] = make(i + r) end
  local total = 0
  for pass = 1, 8 do
    for i = 1, #shapes do
      local s = shapes[i]
      total = (total + s:area() + s:weight() + s:describe()) % 1000003
    end
  end
  return total
end

local checksum = 0
for r = 0, ROUNDS - 1 do
  checksum = (checksum * 31 + round(r)) % 1000003
end
print(string.format("%d", checksum))
