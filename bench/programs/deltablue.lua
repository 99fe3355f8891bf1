-- deltablue: an incremental one-way dataflow constraint solver in the style
-- of DeltaBlue -- variables, constraints with strengths, a planner that
-- satisfies them and extracts execution plans -- run on a long chain of
-- equalities and on a projection through scale constraints (the same
-- algorithm as deltablue.js; nil stands for null).
local CHAIN = 100
local PROJECTION = 100
local ROUNDS = 700

-- Strengths: a smaller number is stronger.
local REQUIRED = 0
local STRONG_PREFERRED = 1
local PREFERRED = 2
local STRONG_DEFAULT = 3
local NORMAL = 4
local WEAK_DEFAULT = 5
local WEAKEST = 6

local STAY = 0
local EDIT = 1
local EQUALITY = 2
local SCALE = 3

local NONE = 0
local FORWARD = 1
local BACKWARD = 2

local function stronger(a, b)
  return a < b
end

local function weaker(a, b)
  return a > b
end

local function weakestOf(a, b)
  if weaker(a, b) then return a end
  return b
end

local function nextWeaker(s)
  return s + 1
end

-- ---- variables

local function makeVariable(value)
  return {
    value = value, constraints = {}, determinedBy = nil, mark = 0,
    walkStrength = WEAKEST, stay = true,
  }
end

local function removeConstraintFrom(v, c)
  local kept = {}
  local cs = v.constraints
  for i = 1, #cs do
    if cs[i] ~= c then kept[#kept + 1] = cs[i] end
  end
  v.constraints = kept
  if v.determinedBy == c then v.determinedBy = nil end
end

-- ---- constraints

local function makeConstraint(kind, strength, output, v1, v2, scale, offset)
  return {
    kind = kind, strength = strength, output = output, satisfied = false,
    v1 = v1, v2 = v2, direction = NONE, scale = scale, offset = offset,
  }
end

local function isUnary(c)
  return c.kind == STAY or c.kind == EDIT
end

local function isInput(c)
  return c.kind == EDIT
end

local function isSatisfied(c)
  if isUnary(c) then return c.satisfied end
  return c.direction ~= NONE
end

local function outputOf(c)
  if isUnary(c) then return c.output end
  if c.direction == FORWARD then return c.v2 end
  return c.v1
end

local function inputOf(c)
  if c.direction == FORWARD then return c.v1 end
  return c.v2
end

local function push(list, x)
  list[#list + 1] = x
end

local function addToGraph(c)
  if isUnary(c) then
    push(c.output.constraints, c)
    c.satisfied = false
    return
  end
  push(c.v1.constraints, c)
  push(c.v2.constraints, c)
  if c.kind == SCALE then
    push(c.scale.constraints, c)
    push(c.offset.constraints, c)
  end
  c.direction = NONE
end

local function removeFromGraph(c)
  if isUnary(c) then
    removeConstraintFrom(c.output, c)
    c.satisfied = false
    return
  end
  removeConstraintFrom(c.v1, c)
  removeConstraintFrom(c.v2, c)
  if c.kind == SCALE then
    removeConstraintFrom(c.scale, c)
    removeConstraintFrom(c.offset, c)
  end
  c.direction = NONE
end

local function chooseMethod(c, mark)
  if isUnary(c) then
    c.satisfied = c.output.mark ~= mark and stronger(c.strength, c.output.walkStrength)
    return
  end
  local v1 = c.v1
  local v2 = c.v2
  if v1.mark == mark then
    if v2.mark ~= mark and stronger(c.strength, v2.walkStrength) then
      c.direction = FORWARD
    else
      c.direction = NONE
    end
  elseif v2.mark == mark then
    if v1.mark ~= mark and stronger(c.strength, v1.walkStrength) then
      c.direction = BACKWARD
    else
      c.direction = NONE
    end
  elseif weaker(v1.walkStrength, v2.walkStrength) then
    if stronger(c.strength, v1.walkStrength) then
      c.direction = BACKWARD
    else
      c.direction = NONE
    end
  else
    if stronger(c.strength, v2.walkStrength) then
      c.direction = FORWARD
    else
      c.direction = BACKWARD
    end
  end
end

local function markInputs(c, mark)
  if isUnary(c) then return end
  inputOf(c).mark = mark
  if c.kind == SCALE then
    c.scale.mark = mark
    c.offset.mark = mark
  end
end

local function markUnsatisfied(c)
  if isUnary(c) then
    c.satisfied = false
  else
    c.direction = NONE
  end
end

local function inputsKnown(c, mark)
  if isUnary(c) then return true end
  local i = inputOf(c)
  return i.mark == mark or i.stay or i.determinedBy == nil
end

local function execute(c)
  if c.kind == EQUALITY then
    outputOf(c).value = inputOf(c).value
  elseif c.kind == SCALE then
    if c.direction == FORWARD then
      c.v2.value = c.v1.value * c.scale.value + c.offset.value
    else
      c.v1.value = (c.v2.value - c.offset.value) / c.scale.value
    end
  end
end

local function recalculate(c)
  if isUnary(c) then
    c.output.walkStrength = c.strength
    c.output.stay = not isInput(c)
    if c.output.stay then execute(c) end
    return
  end
  local input = inputOf(c)
  local out = outputOf(c)
  out.walkStrength = weakestOf(c.strength, input.walkStrength)
  out.stay = input.stay
  if c.kind == SCALE then out.stay = out.stay and c.scale.stay and c.offset.stay end
  if out.stay then execute(c) end
end

local addPropagate, incrementalAdd, incrementalRemove

-- Returns the constraint this one overrode, or nil.
local function satisfy(planner, c, mark)
  chooseMethod(c, mark)
  if not isSatisfied(c) then
    if c.strength == REQUIRED then planner.errors = planner.errors + 1 end
    return nil
  end
  markInputs(c, mark)
  local out = outputOf(c)
  local overridden = out.determinedBy
  if overridden ~= nil then markUnsatisfied(overridden) end
  out.determinedBy = c
  if not addPropagate(planner, c, mark) then planner.errors = planner.errors + 1 end
  out.mark = mark
  return overridden
end

local function addConstraint(planner, c)
  addToGraph(c)
  incrementalAdd(planner, c)
  return c
end

local function destroyConstraint(planner, c)
  if isSatisfied(c) then
    incrementalRemove(planner, c)
  else
    removeFromGraph(c)
  end
end

local function stayConstraint(planner, v, strength)
  return addConstraint(planner, makeConstraint(STAY, strength, v, nil, nil, nil, nil))
end

local function editConstraint(planner, v, strength)
  return addConstraint(planner, makeConstraint(EDIT, strength, v, nil, nil, nil, nil))
end

local function equalityConstraint(planner, a, b, strength)
  return addConstraint(planner, makeConstraint(EQUALITY, strength, nil, a, b, nil, nil))
end

local function scaleConstraint(planner, src, scale, offset, dst, strength)
  return addConstraint(planner, makeConstraint(SCALE, strength, nil, src, dst, scale, offset))
end

-- ---- planner

local function newMark(planner)
  planner.currentMark = planner.currentMark + 1
  return planner.currentMark
end

incrementalAdd = function(planner, c)
  local mark = newMark(planner)
  local overridden = satisfy(planner, c, mark)
  while overridden ~= nil do overridden = satisfy(planner, overridden, mark) end
end

local removePropagateFrom

incrementalRemove = function(planner, c)
  local out = outputOf(c)
  markUnsatisfied(c)
  removeFromGraph(c)
  local unsatisfied = removePropagateFrom(out)
  local strength = REQUIRED
  while true do
    for i = 1, #unsatisfied do
      local u = unsatisfied[i]
      if u.strength == strength then incrementalAdd(planner, u) end
    end
    strength = nextWeaker(strength)
    if strength == WEAKEST then break end
  end
end

local function addConstraintsConsumingTo(v, coll)
  local determining = v.determinedBy
  local cs = v.constraints
  for i = 1, #cs do
    local c = cs[i]
    if c ~= determining and isSatisfied(c) then push(coll, c) end
  end
end

addPropagate = function(planner, c, mark)
  local todo = { c }
  while #todo > 0 do
    local d = table.remove(todo)
    if outputOf(d).mark == mark then
      incrementalRemove(planner, c)
      return false
    end
    recalculate(d)
    addConstraintsConsumingTo(outputOf(d), todo)
  end
  return true
end

removePropagateFrom = function(out)
  out.determinedBy = nil
  out.walkStrength = WEAKEST
  out.stay = true
  local unsatisfied = {}
  local todo = { out }
  while #todo > 0 do
    local v = table.remove(todo)
    local cs = v.constraints
    for i = 1, #cs do
      if not isSatisfied(cs[i]) then push(unsatisfied, cs[i]) end
    end
    local determining = v.determinedBy
    for i = 1, #cs do
      local nxt = cs[i]
      if nxt ~= determining and isSatisfied(nxt) then
        recalculate(nxt)
        push(todo, outputOf(nxt))
      end
    end
  end
  return unsatisfied
end

local function makePlan(planner, sources)
  local mark = newMark(planner)
  local plan = {}
  local todo = sources
  while #todo > 0 do
    local c = table.remove(todo, 1)
    local out = outputOf(c)
    if out.mark ~= mark and inputsKnown(c, mark) then
      push(plan, c)
      out.mark = mark
      addConstraintsConsumingTo(out, todo)
    end
  end
  return plan
end

local function extractPlan(planner, constraints)
  local sources = {}
  for i = 1, #constraints do
    local c = constraints[i]
    if isInput(c) and isSatisfied(c) then push(sources, c) end
  end
  return makePlan(planner, sources)
end

local function executePlan(plan)
  for i = 1, #plan do execute(plan[i]) end
end

-- ---- the two tests

local function chainTest(n)
  local planner = { currentMark = 0, errors = 0 }
  local prev, first, last = nil, nil, nil
  for i = 0, n do
    local v = makeVariable(0)
    if prev ~= nil then equalityConstraint(planner, prev, v, REQUIRED) end
    if i == 0 then first = v end
    if i == n then last = v end
    prev = v
  end
  stayConstraint(planner, last, STRONG_DEFAULT)
  local edit = editConstraint(planner, first, PREFERRED)
  local plan = extractPlan(planner, { edit })
  local sum = 0
  for i = 0, 99 do
    first.value = i
    executePlan(plan)
    if last.value ~= i then planner.errors = planner.errors + 1 end
    sum = sum + last.value
  end
  destroyConstraint(planner, edit)
  return sum + planner.currentMark + planner.errors * 1000000
end

local function change(planner, v, value)
  local edit = editConstraint(planner, v, PREFERRED)
  local plan = extractPlan(planner, { edit })
  for i = 0, 9 do
    v.value = value
    executePlan(plan)
  end
  destroyConstraint(planner, edit)
end

local function projectionTest(n)
  local planner = { currentMark = 0, errors = 0 }
  local scale = makeVariable(10)
  local offset = makeVariable(1000)
  local src, dst = nil, nil
  local dests = {}
  for i = 0, n - 1 do
    src = makeVariable(i)
    dst = makeVariable(i)
    push(dests, dst)
    stayConstraint(planner, src, NORMAL)
    scaleConstraint(planner, src, scale, offset, dst, REQUIRED)
  end
  change(planner, src, 17)
  if dst.value ~= 1170 then planner.errors = planner.errors + 1 end
  change(planner, dst, 1050)
  if src.value ~= 5 then planner.errors = planner.errors + 1 end
  change(planner, scale, 5)
  local sum = 0
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 1000 then planner.errors = planner.errors + 1 end
    sum = sum + dests[i + 1].value
  end
  change(planner, offset, 2000)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 2000 then planner.errors = planner.errors + 1 end
    sum = sum + dests[i + 1].value
  end
  return sum + planner.currentMark + planner.errors * 1000000
end

local checksum = 0
for r = 0, ROUNDS - 1 do
  checksum = (checksum + chainTest(CHAIN) + projectionTest(PROJECTION)) % 1000003
end
-- Scale constraints divide, so Lua 5.4 may hold the values as floats;
-- %d prints the integral result the same way in every Lua.
print(string.format("%d", checksum))
