# richards: an operating-system task scheduler in the style of Martin
# Richards' benchmark -- task control blocks in a priority-ordered list,
# packets queued between an idle task, a worker, two handlers and two
# devices (the same algorithm as richards.js). Each task's code is a plain
# function stored in an attribute and called through it.
COUNT = 10000
ROUNDS = 100

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_IDS = 6

KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4


class Packet:
    __slots__ = ("link", "id", "kind", "a1", "a2")

    def __init__(self, link, id, kind, a2):
        self.link = link
        self.id = id
        self.kind = kind
        self.a1 = 0
        self.a2 = a2


class Tcb:
    __slots__ = ("link", "id", "priority", "queue", "packet_pending", "waiting", "holding",
                 "run", "data")

    def __init__(self, link, id, priority, queue, run, data):
        self.link = link
        self.id = id
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = True
        self.holding = False
        self.run = run
        self.data = data


class Scheduler:
    __slots__ = ("tasks", "list", "current", "current_id", "queue_count", "hold_count",
                 "checksum")

    def __init__(self, tasks):
        self.tasks = tasks
        self.list = None
        self.current = None
        self.current_id = 0
        self.queue_count = 0
        self.hold_count = 0
        self.checksum = 0


class IdleData:
    __slots__ = ("v1", "count")

    def __init__(self, v1, count):
        self.v1 = v1
        self.count = count


class WorkerData:
    __slots__ = ("destination", "count")

    def __init__(self, destination, count):
        self.destination = destination
        self.count = count


class HandlerData:
    __slots__ = ("work_in", "device_in")

    def __init__(self):
        self.work_in = None
        self.device_in = None


class DeviceData:
    __slots__ = ("pending",)

    def __init__(self):
        self.pending = None


# ---- packets

def make_packet(link, id, kind):
    data = []
    for i in range(DATA_SIZE):
        data.append(0)
    return Packet(link, id, kind, data)


def append_packet(packet, queue):
    packet.link = None
    if queue is None:
        return packet
    last = queue
    while last.link is not None:
        last = last.link
    last.link = packet
    return queue


# ---- task control blocks

def add_task(s, id, priority, queue, run, data):
    tcb = Tcb(s.list, id, priority, queue, run, data)
    s.list = tcb
    s.tasks[id] = tcb
    return tcb


def is_held_or_suspended(t):
    return t.holding or (not t.packet_pending and t.waiting)


def run_task(s, t):
    packet = None
    if t.waiting and t.packet_pending and not t.holding:
        packet = t.queue
        t.queue = packet.link
        t.packet_pending = t.queue is not None
        t.waiting = False
    return t.run(s, t.data, packet)


def check_priority_add(t, current, packet):
    if t.queue is None:
        t.queue = packet
        t.packet_pending = True
        if t.priority > current.priority:
            return t
    else:
        t.queue = append_packet(packet, t.queue)
    return current


# ---- scheduler operations, called by the tasks

def release(s, id):
    t = s.tasks[id]
    if t is None:
        return None
    t.holding = False
    if t.priority > s.current.priority:
        return t
    return s.current


def hold_current(s):
    s.hold_count = s.hold_count + 1
    s.current.holding = True
    return s.current.link


def suspend_current(s):
    s.current.waiting = True
    return s.current


def queue_packet(s, packet):
    t = s.tasks[packet.id]
    if t is None:
        return None
    s.queue_count = s.queue_count + 1
    packet.link = None
    packet.id = s.current_id
    return check_priority_add(t, s.current, packet)


def schedule(s):
    s.current = s.list
    while s.current is not None:
        t = s.current
        if is_held_or_suspended(t):
            s.current = t.link
        else:
            s.current_id = t.id
            s.current = run_task(s, t)


# ---- the tasks

def idle_run(s, data, packet):
    data.count = data.count - 1
    if data.count == 0:
        return hold_current(s)
    # A 16-bit pseudo-random walk picks which device to wake.
    if data.v1 % 2 == 0:
        data.v1 = data.v1 // 2
        return release(s, ID_DEVICE_A)
    data.v1 = ((data.v1 - 1) // 2 + 53256) % 65536
    return release(s, ID_DEVICE_B)


def worker_run(s, data, packet):
    if packet is None:
        return suspend_current(s)
    if data.destination == ID_HANDLER_A:
        data.destination = ID_HANDLER_B
    else:
        data.destination = ID_HANDLER_A
    packet.id = data.destination
    packet.a1 = 0
    for i in range(DATA_SIZE):
        data.count = data.count + 1
        if data.count > 26:
            data.count = 1
        packet.a2[i] = data.count
    return queue_packet(s, packet)


def handler_run(s, data, packet):
    if packet is not None:
        if packet.kind == KIND_WORK:
            data.work_in = append_packet(packet, data.work_in)
        else:
            data.device_in = append_packet(packet, data.device_in)
    if data.work_in is not None:
        work = data.work_in
        count = work.a1
        if count < DATA_SIZE:
            if data.device_in is not None:
                dev = data.device_in
                data.device_in = dev.link
                dev.a1 = work.a2[count]
                work.a1 = count + 1
                s.checksum = (s.checksum * 3 + dev.a1) % 1000003
                return queue_packet(s, dev)
        else:
            data.work_in = work.link
            return queue_packet(s, work)
    return suspend_current(s)


def device_run(s, data, packet):
    if packet is None:
        if data.pending is None:
            return suspend_current(s)
        v = data.pending
        data.pending = None
        return queue_packet(s, v)
    data.pending = packet
    return hold_current(s)


# ---- setup

def run_richards(count):
    tasks = []
    for i in range(NUM_IDS):
        tasks.append(None)
    s = Scheduler(tasks)

    idle = add_task(s, ID_IDLE, 0, None, idle_run, IdleData(1, count))
    idle.waiting = False

    q = make_packet(None, ID_WORKER, KIND_WORK)
    q = make_packet(q, ID_WORKER, KIND_WORK)
    add_task(s, ID_WORKER, 1000, q, worker_run, WorkerData(ID_HANDLER_A, 0))

    q = make_packet(None, ID_DEVICE_A, KIND_DEVICE)
    q = make_packet(q, ID_DEVICE_A, KIND_DEVICE)
    q = make_packet(q, ID_DEVICE_A, KIND_DEVICE)
    add_task(s, ID_HANDLER_A, 2000, q, handler_run, HandlerData())

    q = make_packet(None, ID_DEVICE_B, KIND_DEVICE)
    q = make_packet(q, ID_DEVICE_B, KIND_DEVICE)
    q = make_packet(q, ID_DEVICE_B, KIND_DEVICE)
    add_task(s, ID_HANDLER_B, 3000, q, handler_run, HandlerData())

    add_task(s, ID_DEVICE_A, 4000, None, device_run, DeviceData())
    add_task(s, ID_DEVICE_B, 5000, None, device_run, DeviceData())

    schedule(s)
    return (s.queue_count * 10000 + s.hold_count + s.checksum) % 1000003


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 7 + run_richards(COUNT + r)) % 1000003
    print(checksum)


main()
