// richards: an operating-system task scheduler in the style of Martin
// Richards' benchmark -- task control blocks in a priority-ordered list,
// packets queued between an idle task, a worker, two handlers and two
// devices. Plain objects, each task's code a top-level function stored in a
// property and called through it.
const COUNT = 10000;
const ROUNDS = 100;

const ID_IDLE = 0;
const ID_WORKER = 1;
const ID_HANDLER_A = 2;
const ID_HANDLER_B = 3;
const ID_DEVICE_A = 4;
const ID_DEVICE_B = 5;
const NUM_IDS = 6;

const KIND_DEVICE = 0;
const KIND_WORK = 1;
const DATA_SIZE = 4;

// ---- packets

function makePacket(link, id, kind) {
  const data = [];
  for (let i = 0; i < DATA_SIZE; i++) data.push(0);
  return { link: link, id: id, kind: kind, a1: 0, a2: data };
}

function appendPacket(packet, queue) {
  packet.link = null;
  if (queue === null) return packet;
  let last = queue;
  while (last.link !== null) last = last.link;
  last.link = packet;
  return queue;
}

// ---- task control blocks
// A task is runnable when it has a packet pending and is not held; it is
// suspended while waiting for a packet.

function addTask(s, id, priority, queue, run, data) {
  const tcb = {
    link: s.list, id: id, priority: priority, queue: queue,
    packetPending: queue !== null, waiting: true, holding: false,
    run: run, data: data
  };
  s.list = tcb;
  s.tasks[id] = tcb;
  return tcb;
}

function isHeldOrSuspended(t) {
  return t.holding || (!t.packetPending && t.waiting);
}

function runTask(s, t) {
  let packet = null;
  if (t.waiting && t.packetPending && !t.holding) {
    packet = t.queue;
    t.queue = packet.link;
    t.packetPending = t.queue !== null;
    t.waiting = false;
  }
  return t.run(s, t.data, packet);
}

function checkPriorityAdd(t, current, packet) {
  if (t.queue === null) {
    t.queue = packet;
    t.packetPending = true;
    if (t.priority > current.priority) return t;
  } else {
    t.queue = appendPacket(packet, t.queue);
  }
  return current;
}

// ---- scheduler operations, called by the tasks

function release(s, id) {
  const t = s.tasks[id];
  if (t === null) return null;
  t.holding = false;
  if (t.priority > s.current.priority) return t;
  return s.current;
}

function holdCurrent(s) {
  s.holdCount = s.holdCount + 1;
  s.current.holding = true;
  return s.current.link;
}

function suspendCurrent(s) {
  s.current.waiting = true;
  return s.current;
}

function queuePacket(s, packet) {
  const t = s.tasks[packet.id];
  if (t === null) return null;
  s.queueCount = s.queueCount + 1;
  packet.link = null;
  packet.id = s.currentId;
  return checkPriorityAdd(t, s.current, packet);
}

function schedule(s) {
  s.current = s.list;
  while (s.current !== null) {
    const t = s.current;
    if (isHeldOrSuspended(t)) {
      s.current = t.link;
    } else {
      s.currentId = t.id;
      s.current = runTask(s, t);
    }
  }
}

// ---- the tasks

function idleRun(s, data, packet) {
  data.count = data.count - 1;
  if (data.count === 0) return holdCurrent(s);
  // A 16-bit pseudo-random walk picks which device to wake.
  if (data.v1 % 2 === 0) {
    data.v1 = data.v1 / 2;
    return release(s, ID_DEVICE_A);
  }
  data.v1 = ((data.v1 - 1) / 2 + 53256) % 65536;
  return release(s, ID_DEVICE_B);
}

function workerRun(s, data, packet) {
  if (packet === null) return suspendCurrent(s);
  if (data.destination === ID_HANDLER_A) {
    data.destination = ID_HANDLER_B;
  } else {
    data.destination = ID_HANDLER_A;
  }
  packet.id = data.destination;
  packet.a1 = 0;
  for (let i = 0; i < DATA_SIZE; i++) {
    data.count = data.count + 1;
    if (data.count > 26) data.count = 1;
    packet.a2[i] = data.count;
  }
  return queuePacket(s, packet);
}

function handlerRun(s, data, packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) {
      data.workIn = appendPacket(packet, data.workIn);
    } else {
      data.deviceIn = appendPacket(packet, data.deviceIn);
    }
  }
  if (data.workIn !== null) {
    const work = data.workIn;
    const count = work.a1;
    if (count < DATA_SIZE) {
      if (data.deviceIn !== null) {
        const dev = data.deviceIn;
        data.deviceIn = dev.link;
        dev.a1 = work.a2[count];
        work.a1 = count + 1;
        s.checksum = (s.checksum * 3 + dev.a1) % 1000003;
        return queuePacket(s, dev);
      }
    } else {
      data.workIn = work.link;
      return queuePacket(s, work);
    }
  }
  return suspendCurrent(s);
}

function deviceRun(s, data, packet) {
  if (packet === null) {
    if (data.pending === null) return suspendCurrent(s);
    const v = data.pending;
    data.pending = null;
    return queuePacket(s, v);
  }
  data.pending = packet;
  return holdCurrent(s);
}

// ---- setup

function runRichards(count) {
  const tasks = [];
  for (let i = 0; i < NUM_IDS; i++) tasks.push(null);
  const s = {
    tasks: tasks, list: null, current: null, currentId: 0,
    queueCount: 0, holdCount: 0, checksum: 0
  };

  const idle = addTask(s, ID_IDLE, 0, null, idleRun, { v1: 1, count: count });
  idle.waiting = false;

  let q = makePacket(null, ID_WORKER, KIND_WORK);
  q = makePacket(q, ID_WORKER, KIND_WORK);
  addTask(s, ID_WORKER, 1000, q, workerRun, { destination: ID_HANDLER_A, count: 0 });

  q = makePacket(null, ID_DEVICE_A, KIND_DEVICE);
  q = makePacket(q, ID_DEVICE_A, KIND_DEVICE);
  q = makePacket(q, ID_DEVICE_A, KIND_DEVICE);
  addTask(s, ID_HANDLER_A, 2000, q, handlerRun, { workIn: null, deviceIn: null });

  q = makePacket(null, ID_DEVICE_B, KIND_DEVICE);
  q = makePacket(q, ID_DEVICE_B, KIND_DEVICE);
  q = makePacket(q, ID_DEVICE_B, KIND_DEVICE);
  addTask(s, ID_HANDLER_B, 3000, q, handlerRun, { workIn: null, deviceIn: null });

  addTask(s, ID_DEVICE_A, 4000, null, deviceRun, { pending: null });
  addTask(s, ID_DEVICE_B, 5000, null, deviceRun, { pending: null });

  schedule(s);
  return (s.queueCount * 10000 + s.holdCount + s.checksum) % 1000003;
}

let checksum = 0;
for (let r = 0; r < ROUNDS; r++) {
  checksum = (checksum * 7 + runRichards(COUNT + r)) % 1000003;
}
console.log(checksum);
