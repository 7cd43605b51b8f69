# Richards: an operating-system scheduler simulation (the classic VM
# benchmark of object-oriented dispatch), written for ouro from the
# algorithm's description. Runs 10 iterations and checks each result.

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, link, ident, priority, queue, state):
        self.scheduler = scheduler
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        # state flags
        self.packet_pending = state[0]
        self.waiting = state[1]
        self.holding = state[2]

    def is_held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def wait_for_packet(self):
        self.waiting = True
        return self

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old

    def run_task(self):
        if self.waiting and self.packet_pending:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        else:
            packet = None
        return self.run(packet)


class IdleTask(Task):
    def __init__(self, scheduler, link, ident, priority, queue, state, count):
        Task.__init__(self, scheduler, link, ident, priority, queue, state)
        self.v1 = 1
        self.count = count

    def run(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.v1 & 1 == 0:
            self.v1 = self.v1 >> 1
            return s.release(ID_DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return s.release(ID_DEVICE_B)


class WorkTask(Task):
    def __init__(self, scheduler, link, ident, priority, queue, state):
        Task.__init__(self, scheduler, link, ident, priority, queue, state)
        self.destination = ID_HANDLER_A
        self.count = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait_current()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.a2[i] = 64 + self.count
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, link, ident, priority, queue, state):
        Task.__init__(self, scheduler, link, ident, priority, queue, state)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        if self.work_queue is not None:
            work = self.work_queue
            count = work.a1
            if count < DATA_SIZE:
                if self.device_queue is not None:
                    dev = self.device_queue
                    self.device_queue = dev.link
                    dev.a1 = work.a2[count]
                    work.a1 = count + 1
                    return s.queue_packet(dev)
            else:
                self.work_queue = work.link
                return s.queue_packet(work)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, link, ident, priority, queue, state):
        Task.__init__(self, scheduler, link, ident, priority, queue, state)
        self.pending = None

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            if self.pending is None:
                return s.wait_current()
            p = self.pending
            self.pending = None
            return s.queue_packet(p)
        self.pending = packet
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * NUM_TASKS
        self.task_list = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.task_list = task
        return task

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            if self.current.is_held_or_suspended():
                self.current = self.current.link
            else:
                self.current = self.current.run_task()

    def release(self, ident):
        t = self.tasks[ident]
        t.holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait_current(self):
        return self.current.wait_for_packet()

    def queue_packet(self, packet):
        t = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)


def run_once(idle_count):
    s = Scheduler()
    running = (False, False, False)
    waiting_with_packet = (True, True, False)
    waiting = (False, True, False)
    s.add(IdleTask(s, s.task_list, ID_IDLE, 0, None, running, idle_count))
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    s.add(WorkTask(s, s.task_list, ID_WORKER, 1000, wq, waiting_with_packet))
    wq = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, ID_DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, ID_DEVICE_A, KIND_DEVICE)
    s.add(HandlerTask(s, s.task_list, ID_HANDLER_A, 2000, wq, waiting_with_packet))
    wq = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, ID_DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, ID_DEVICE_B, KIND_DEVICE)
    s.add(HandlerTask(s, s.task_list, ID_HANDLER_B, 3000, wq, waiting_with_packet))
    s.add(DeviceTask(s, s.task_list, ID_DEVICE_A, 4000, None, waiting))
    s.add(DeviceTask(s, s.task_list, ID_DEVICE_B, 5000, None, waiting))
    s.run()
    return s.queue_count, s.hold_count


def main(iterations):
    total_queue = 0
    total_hold = 0
    for i in range(iterations):
        q, h = run_once(10000)
        if q != 23246 or h != 9297:
            print("richards: wrong result", q, h)
            return
        total_queue += q
        total_hold += h
    print("richards:", iterations, "iterations, queue count", total_queue, "hold count", total_hold)


main(10)
