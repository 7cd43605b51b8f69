# richards: Martin Richards' operating-system simulation. Six tasks (an idle
# task, a worker, two handlers and two devices) exchange packets under a
# priority scheduler; tasks can wait for packets, be held and be released.
# One run lets the idle task loop 10000 times; the count is the number of runs.
# The checksum combines the number of queued packets and of holds.

PKT_BIT = 1
WAIT_BIT = 2
HOLD_BIT = 4

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5

KIND_DEVICE = 0
KIND_WORK = 1

BUF_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE


def append_packet(pkt, queue):
    pkt.link = None
    if queue is None:
        return pkt
    last = queue
    while last.link is not None:
        last = last.link
    last.link = pkt
    return queue


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = sched.head
        sched.head = self
        sched.table[ident] = self

    def run(self, pkt):
        return None


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, 0)
        self.seed = 1
        self.count = count

    def run(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return s.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, PKT_BIT | WAIT_BIT)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait_current()
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A
        pkt.dest = self.target
        pkt.datum = 0
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, PKT_BIT | WAIT_BIT)
        self.work = None
        self.devices = None

    def run(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = append_packet(pkt, self.work)
            else:
                self.devices = append_packet(pkt, self.devices)
        work = self.work
        if work is not None:
            pos = work.datum
            if pos >= BUF_SIZE:
                self.work = work.link
                return s.queue_packet(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.datum = work.data[pos]
                work.datum = pos + 1
                return s.queue_packet(dev)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, WAIT_BIT)
        self.pending = None

    def run(self, pkt):
        s = self.sched
        if pkt is None:
            pending = self.pending
            if pending is None:
                return s.wait_current()
            self.pending = None
            return s.queue_packet(pending)
        self.pending = pkt
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.head = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_current(self):
        self.hold_count += 1
        cur = self.current
        cur.state = cur.state | HOLD_BIT
        return cur.link

    def wait_current(self):
        cur = self.current
        cur.state = cur.state | WAIT_BIT
        return cur

    def release(self, ident):
        task = self.table[ident]
        task.state = task.state & ~HOLD_BIT
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, pkt):
        task = self.table[pkt.dest]
        self.queue_count += 1
        pkt.link = None
        pkt.dest = self.current.ident
        if task.queue is None:
            task.queue = pkt
            task.state = task.state | PKT_BIT
            if task.priority > self.current.priority:
                return task
        else:
            append_packet(pkt, task.queue)
        return self.current

    def schedule(self):
        task = self.head
        while task is not None:
            state = task.state
            if state & HOLD_BIT or state == WAIT_BIT:
                task = task.link
                continue
            pkt = None
            if state == PKT_BIT | WAIT_BIT:
                pkt = task.queue
                task.queue = pkt.link
                if task.queue is None:
                    task.state = 0
                else:
                    task.state = PKT_BIT
            self.current = task
            task = task.run(pkt)


def run_once(idle_count):
    s = Scheduler()
    IdleTask(s, idle_count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count


def main(n):
    total = 0
    last = None
    for _ in range(n):
        last = run_once(10000)
        total += last[0] * 7 + last[1]
    return str(last[0]) + " " + str(last[1]) + " " + str(total)


print(main(10))
