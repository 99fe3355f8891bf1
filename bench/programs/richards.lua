-- richards: an operating-system task scheduler in the style of Martin
-- Richards' benchmark -- task control blocks in a priority-ordered list,
-- packets queued between an idle task, a worker, two handlers and two
-- devices (the same algorithm as richards.js). Task ids are 0-5 as in
-- richards.js and stored at index id+1; a packet's data at index i+1.
local COUNT = 10000
local ROUNDS = 100

local ID_IDLE = 0
local ID_WORKER = 1
local ID_HANDLER_A = 2
local ID_HANDLER_B = 3
local ID_DEVICE_A = 4
local ID_DEVICE_B = 5
local NUM_IDS = 6

local KIND_DEVICE = 0
local KIND_WORK = 1
local DATA_SIZE = 4

-- ---- packets

local function makePacket(link, id, kind)
  local data = {}
  for i = 1, DATA_SIZE do data[i] = 0 end
  return { link = link, id = id, kind = kind, a1 = 0, a2 = data }
end

local function appendPacket(packet, queue)
  packet.link = nil
  if queue == nil then return packet end
  local last = queue
  while last.link ~= nil do last = last.link end
  last.link = packet
  return queue
end

-- ---- task control blocks

local function addTask(s, id, priority, queue, run, data)
  local tcb = {
    link = s.list, id = id, priority = priority, queue = queue,
    packetPending = queue ~= nil, waiting = true, holding = false,
    run = run, data = data,
  }
  s.list = tcb
  s.tasks[id + 1] = tcb
  return tcb
end

local function isHeldOrSuspended(t)
  return t.holding or (not t.packetPending and t.waiting)
end

local function runTask(s, t)
  local packet = nil
  if t.waiting and t.packetPending and not t.holding then
    packet = t.queue
    t.queue = packet.link
    t.packetPending = t.queue ~= nil
    t.waiting = false
  end
  return t.run(s, t.data, packet)
end

local function checkPriorityAdd(t, current, packet)
  if t.queue == nil then
    t.queue = packet
    t.packetPending = true
    if t.priority > current.priority then return t end
  else
    t.queue = appendPacket(packet, t.queue)
  end
  return current
end

-- ---- scheduler operations, called by the tasks

local function release(s, id)
  local t = s.tasks[id + 1]
  if t == nil then return nil end
  t.holding = false
  if t.priority > s.current.priority then return t end
  return s.current
end

local function holdCurrent(s)
  s.holdCount = s.holdCount + 1
  s.current.holding = true
  return s.current.link
end

local function suspendCurrent(s)
  s.current.waiting = true
  return s.current
end

local function queuePacket(s, packet)
  local t = s.tasks[packet.id + 1]
  if t == nil then return nil end
  s.queueCount = s.queueCount + 1
  packet.link = nil
  packet.id = s.currentId
  return checkPriorityAdd(t, s.current, packet)
end

local function schedule(s)
  s.current = s.list
  while s.current ~= nil do
    local t = s.current
    if isHeldOrSuspended(t) then
      s.current = t.link
    else
      s.currentId = t.id
      s.current = runTask(s, t)
    end
  end
end

-- ---- the tasks

local function idleRun(s, data, packet)
  data.count = data.count - 1
  if data.count == 0 then return holdCurrent(s) end
  -- A 16-bit pseudo-random walk picks which device to wake.
  if data.v1 % 2 == 0 then
    data.v1 = math.floor(data.v1 / 2)
    return release(s, ID_DEVICE_A)
  end
  data.v1 = (math.floor((data.v1 - 1) / 2) + 53256) % 65536
  return release(s, ID_DEVICE_B)
end

local function workerRun(s, data, packet)
  if packet == nil then return suspendCurrent(s) end
  if data.destination == ID_HANDLER_A then
    data.destination = ID_HANDLER_B
  else
    data.destination = ID_HANDLER_A
  end
  packet.id = data.destination
  packet.a1 = 0
  for i = 1, DATA_SIZE do
    data.count = data.count + 1
    if data.count > 26 then data.count = 1 end
    packet.a2[i] = data.count
  end
  return queuePacket(s, packet)
end

local function handlerRun(s, data, packet)
  if packet ~= nil then
    if packet.kind == KIND_WORK then
      data.workIn = appendPacket(packet, data.workIn)
    else
      data.deviceIn = appendPacket(packet, data.deviceIn)
    end
  end
  if data.workIn ~= nil then
    local work = data.workIn
    local count = work.a1
    if count < DATA_SIZE then
      if data.deviceIn ~= nil then
        local dev = data.deviceIn
        data.deviceIn = dev.link
        dev.a1 = work.a2[count + 1]
        work.a1 = count + 1
        s.checksum = (s.checksum * 3 + dev.a1) % 1000003
        return queuePacket(s, dev)
      end
    else
      data.workIn = work.link
      return queuePacket(s, work)
    end
  end
  return suspendCurrent(s)
end

local function deviceRun(s, data, packet)
  if packet == nil then
    if data.pending == nil then return suspendCurrent(s) end
    local v = data.pending
    data.pending = nil
    return queuePacket(s, v)
  end
  data.pending = packet
  return holdCurrent(s)
end

-- ---- setup

local function runRichards(count)
  local tasks = {}
  local s = {
    tasks = tasks, list = nil, current = nil, currentId = 0,
    queueCount = 0, holdCount = 0, checksum = 0,
  }

  local idle = addTask(s, ID_IDLE, 0, nil, idleRun, { v1 = 1, count = count })
  idle.waiting = false

  local q = makePacket(nil, ID_WORKER, KIND_WORK)
  q = makePacket(q, ID_WORKER, KIND_WORK)
  addTask(s, ID_WORKER, 1000, q, workerRun, { destination = ID_HANDLER_A, count = 0 })

  q = makePacket(nil, ID_DEVICE_A, KIND_DEVICE)
  q = makePacket(q, ID_DEVICE_A, KIND_DEVICE)
  q = makePacket(q, ID_DEVICE_A, KIND_DEVICE)
  addTask(s, ID_HANDLER_A, 2000, q, handlerRun, { workIn = nil, deviceIn = nil })

  q = makePacket(nil, ID_DEVICE_B, KIND_DEVICE)
  q = makePacket(q, ID_DEVICE_B, KIND_DEVICE)
  q = makePacket(q, ID_DEVICE_B, KIND_DEVICE)
  addTask(s, ID_HANDLER_B, 3000, q, handlerRun, { workIn = nil, deviceIn = nil })

  addTask(s, ID_DEVICE_A, 4000, nil, deviceRun, { pending = nil })
  addTask(s, ID_DEVICE_B, 5000, nil, deviceRun, { pending = nil })

  schedule(s)
  return (s.queueCount * 10000 + s.holdCount + s.checksum) % 1000003
end

local checksum = 0
for r = 0, ROUNDS - 1 do
  checksum = (checksum * 7 + runRichards(COUNT + r)) % 1000003
end
print(checksum)
