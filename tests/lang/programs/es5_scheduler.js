// A Richards-flavoured task scheduler written the ES5 way: constructor
// functions, methods assigned to prototypes, `Sub.prototype = new Base()`
// inheritance, constants on constructors and a work-packet queue threaded
// through linked records.
var ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3, ID_DEVICE_A = 4, ID_DEVICE_B = 5;
var KIND_DEVICE = 0, KIND_WORK = 1;

function Packet(link, id, kind) {
  this.link = link;
  this.id = id;
  this.kind = kind;
  this.a1 = 0;
  this.a2 = new Array(4);
  for (var i = 0; i < 4; i++) this.a2[i] = 0;
}
Packet.prototype.append = function (queue) {
  this.link = null;
  if (queue === null) return this;
  var p = queue, next = p.link;
  while (next !== null) { p = next; next = p.link; }
  p.link = this;
  return queue;
};

function Task() {}
Task.prototype.init = function (scheduler, id, priority, queue) {
  this.scheduler = scheduler;
  this.id = id;
  this.priority = priority;
  this.queue = queue;
  this.held = false;
  this.waiting = queue !== null;
  this.link = scheduler.list;
  scheduler.list = this;
  scheduler.table[id] = this;
};
Task.prototype.runnable = function () { return !this.held && (!this.waiting || this.queue !== null); };
Task.prototype.take = function () {
  var p = this.queue;
  this.queue = p.link;
  this.waiting = false;
  return p;
};
Task.prototype.toString = function () { return this.name + "#" + this.id; };

function IdleTask(s, id, pri, count) { this.init(s, id, pri, null); this.v1 = 1; this.count = count; }
IdleTask.prototype = new Task();
IdleTask.prototype.name = "idle";
IdleTask.prototype.step = function (packet) {
  if (--this.count === 0) return this.scheduler.holdSelf();
  if ((this.v1 & 1) === 0) { this.v1 = this.v1 >> 1; return this.scheduler.release(ID_DEVICE_A); }
  this.v1 = (this.v1 >> 1) ^ 0xd008;
  return this.scheduler.release(ID_DEVICE_B);
};

function WorkerTask(s, id, pri, queue) { this.init(s, id, pri, queue); this.dest = ID_HANDLER_A; this.v = 0; }
WorkerTask.prototype = new Task();
WorkerTask.prototype.name = "worker";
WorkerTask.prototype.step = function (packet) {
  if (packet === null) return this.scheduler.suspendSelf();
  this.dest = this.dest === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  packet.id = this.dest;
  packet.a1 = 0;
  for (var i = 0; i < 4; i++) {
    this.v = this.v + 1;
    if (this.v > 26) this.v = 1;
    packet.a2[i] = this.v;
  }
  return this.scheduler.queue(packet);
};

function HandlerTask(s, id, pri, queue) { this.init(s, id, pri, queue); this.work = null; this.device = null; }
HandlerTask.prototype = new Task();
HandlerTask.prototype.name = "handler";
HandlerTask.prototype.step = function (packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) this.work = packet.append(this.work);
    else this.device = packet.append(this.device);
  }
  if (this.work !== null) {
    var w = this.work, n = w.a1;
    if (n < 4) {
      if (this.device !== null) {
        var d = this.device;
        this.device = d.link;
        d.a1 = w.a2[n];
        w.a1 = n + 1;
        return this.scheduler.queue(d);
      }
    } else {
      this.work = w.link;
      return this.scheduler.queue(w);
    }
  }
  return this.scheduler.suspendSelf();
};

function DeviceTask(s, id, pri, queue) { this.init(s, id, pri, queue); this.pending = null; }
DeviceTask.prototype = new Task();
DeviceTask.prototype.name = "device";
DeviceTask.prototype.step = function (packet) {
  if (packet === null) {
    if (this.pending === null) return this.scheduler.suspendSelf();
    var v = this.pending;
    this.pending = null;
    return this.scheduler.queue(v);
  }
  this.pending = packet;
  this.scheduler.output = (this.scheduler.output * 31 + packet.a1) >>> 0;
  return this.scheduler.holdSelf();
};

function Scheduler() {
  this.list = null;
  this.table = new Array(6);
  this.current = null;
  this.queueCount = 0;
  this.holdCount = 0;
  this.output = 7;
}
Scheduler.prototype.holdSelf = function () { this.holdCount++; this.current.held = true; return this.current.link; };
Scheduler.prototype.suspendSelf = function () { this.current.waiting = true; return this.current; };
Scheduler.prototype.release = function (id) {
  var t = this.table[id];
  t.held = false;
  return t.priority > this.current.priority ? t : this.current;
};
Scheduler.prototype.queue = function (packet) {
  var t = this.table[packet.id];
  this.queueCount++;
  packet.link = null;
  packet.id = this.current.id;
  if (t.queue === null) {
    t.queue = packet;
    t.waiting = false;
    return t.priority > this.current.priority ? t : this.current;
  }
  packet.append(t.queue);
  return this.current;
};
Scheduler.prototype.run = function () {
  this.current = this.list;
  while (this.current !== null) {
    var t = this.current;
    if (t.runnable()) {
      var packet = null;
      if (t.queue !== null) packet = t.take();
      this.current = t.step(packet);
    } else {
      this.current = t.link;
    }
  }
};

function build(count) {
  var s = new Scheduler();
  new IdleTask(s, ID_IDLE, 0, count);
  var q = new Packet(null, ID_WORKER, KIND_WORK);
  q = new Packet(q, ID_WORKER, KIND_WORK);
  new WorkerTask(s, ID_WORKER, 1000, q);
  q = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_A, KIND_DEVICE);
  new HandlerTask(s, ID_HANDLER_A, 2000, q);
  q = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  q = new Packet(q, ID_DEVICE_B, KIND_DEVICE);
  new HandlerTask(s, ID_HANDLER_B, 3000, q);
  new DeviceTask(s, ID_DEVICE_A, 4000, null);
  new DeviceTask(s, ID_DEVICE_B, 5000, null);
  return s;
}

var names = [];
var s0 = build(10);
for (var t = s0.list; t !== null; t = t.link) names.push(String(t));
console.log(names.join(" "));
console.log(s0.table[ID_WORKER] instanceof Task, s0.table[ID_WORKER] instanceof HandlerTask,
  Object.getPrototypeOf(IdleTask.prototype) === Task.prototype, s0.table[0].hasOwnProperty("name"));

var counts = [10, 100, 1000, 5000];
for (var k = 0; k < counts.length; k++) {
  var s = build(counts[k]);
  s.run();
  console.log(counts[k], s.queueCount, s.holdCount, s.output);
}
var total = 0;
for (var r = 0; r < 6; r++) { var sr = build(2000 + r); sr.run(); total = (total + sr.queueCount * 3 + sr.holdCount) | 0; }
console.log("total", total);

// Node prints:
// expect: device#5 device#4 handler#3 handler#2 worker#1 idle#0
// expect: true false true false
// expect: 10 18 10 3189523644
// expect: 100 219 90 3781875474
// expect: 1000 2244 901 112241205
// expect: 5000 11252 4504 3095138741
// expect: total 90249
