# a small hand-written event loop: tasks, sleeping on a virtual clock, futures, queues, gather
import types

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.log = []
        self.seq = 0
    def create_task(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append(task)
        return task
    def call_later(self, delay, fut, value):
        self.seq += 1
        self.sleeping.append((self.now + delay, self.seq, fut, value))
    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                t = self.ready.pop(0)
                t.step()
            if self.sleeping:
                self.sleeping.sort()
                when, _, fut, value = self.sleeping.pop(0)
                self.now = when
                fut.set_result(value)

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__()
        self.loop = loop
        self.coro = coro
        self.name = name
        self.send_value = None
    def step(self):
        try:
            fut = self.coro.send(self.send_value)
        except StopIteration as e:
            self.loop.log.append((self.loop.now, self.name, "done"))
            self.set_result(e.value)
            return
        except Exception as e:
            self.loop.log.append((self.loop.now, self.name, "failed: %s" % e))
            self.set_result(None)
            return
        fut.callbacks.append(self.wake)
    def wake(self, fut):
        self.send_value = fut.result
        self.loop.ready.append(self)

LOOP = Loop()

def sleep(delay, value=None):
    fut = Future()
    LOOP.call_later(delay, fut, value)
    return fut

class Queue:
    def __init__(self):
        self.items = []
        self.waiters = []
    def put(self, item):
        if self.waiters:
            self.waiters.pop(0).set_result(item)
        else:
            self.items.append(item)
    async def get(self):
        if self.items:
            return self.items.pop(0)
        fut = Future()
        self.waiters.append(fut)
        return await fut

async def gather(*aws):
    results = []
    for a in aws:
        results.append(await a)
    return results

async def producer(q, n):
    for i in range(n):
        await sleep(2)
        q.put(i * i)
        LOOP.log.append((LOOP.now, "producer", i))
    q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item
        LOOP.log.append((LOOP.now, "consumer", item))

async def ticker(name, period, count):
    out = []
    for i in range(count):
        t = await sleep(period, LOOP.now + period)
        out.append(t)
    return name, out

@types.coroutine
def yield_now():
    fut = Future()
    LOOP.call_later(0, fut, "yielded")
    v = yield fut
    return v

async def failing():
    await sleep(1)
    raise ValueError("task failed")

async def main():
    q = Queue()
    t1 = LOOP.create_task(producer(q, 4), "producer")
    t2 = LOOP.create_task(consumer(q), "consumer")
    t3 = LOOP.create_task(ticker("fast", 1, 5), "fast")
    t4 = LOOP.create_task(ticker("slow", 3, 3), "slow")
    LOOP.create_task(failing(), "failing")
    print(await yield_now())
    res = await gather(t2, t3, t4)
    print("gathered", res, "at", LOOP.now)
    return sum(res[0:1])

m = LOOP.create_task(main(), "main")
LOOP.run()
print("main result", m.result)
for entry in LOOP.log:
    print(entry)
