import asyncio

async def main():
    # Producer/consumer with join and task_done.
    q = asyncio.Queue(maxsize=2)
    seen = []
    async def producer(n):
        for i in range(n):
            await q.put(i)
            seen.append(("put", i, q.qsize()))
    async def consumer(name):
        while True:
            item = await q.get()
            seen.append((name, item))
            await asyncio.sleep(0)
            q.task_done()
    workers = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    await producer(6)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(seen)
    print(q.empty(), q.full(), q.maxsize, str(q), repr(q).startswith("<Queue at 0x"))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in "abc":
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)], [lq.get_nowait() for _ in range(3)])

    # Semaphore limits concurrency.
    sem = asyncio.Semaphore(2)
    running = []
    peak = [0]
    async def limited(i):
        async with sem:
            running.append(i)
            peak[0] = max(peak[0], len(running))
            await asyncio.sleep(0.001 * i)
            running.remove(i)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), peak[0], sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)

    # Condition: notify one, then all.
    cond = asyncio.Condition()
    woke = []
    async def waiter(i):
        async with cond:
            await cond.wait()
            woke.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    print(woke)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(woke)
    state = {"ready": False}
    async def setter():
        await asyncio.sleep(0.001)
        async with cond:
            state["ready"] = True
            cond.notify_all()
    asyncio.create_task(setter())
    async with cond:
        print(await cond.wait_for(lambda: state["ready"]))

    # Lock and Event reprs and errors.
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    def shown(obj):
        text = repr(obj)
        return text[:text.index(" at ")] + text[text.index(" ["):]
    print(shown(lock), lock.locked())
    await lock.acquire()
    print(shown(lock), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    ev = asyncio.Event()
    print(shown(ev), ev.is_set())
    ev.set()
    print(await ev.wait(), shown(ev))
    sem = asyncio.Semaphore(1)
    print(shown(sem), shown(asyncio.Condition()), type(loop.create_future()), asyncio.Task)
    ev.clear()
    print(ev.is_set())

    # Callbacks on the loop: call_soon order, call_later by time, cancel.
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.06, order.append, "later2")
    loop.call_later(0.03, order.append, "later1")
    h = loop.call_later(0.03, order.append, "cancelled")
    loop.call_soon(order.append, "soon1")
    loop.call_soon(order.append, "soon2")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.1)
    print(order)
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, "from timer")
    fut.add_done_callback(lambda f: order.append(("cb", f.result())))
    print(await fut)
    await asyncio.sleep(0)
    print(order[-1])
    return "ok"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(main())
except RuntimeError as e:
    print(e)
c = main()
c.close()

with asyncio.Runner() as runner:
    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    print(runner.run(add(1, 2)), runner.run(add(3, 4)))

# Generator-based awaitables and objects with __await__.
class Ticker:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield
        return self.n
async def ticks():
    return await Ticker(3) + await asyncio.ensure_future(Ticker(2))
print(asyncio.run(ticks()))
