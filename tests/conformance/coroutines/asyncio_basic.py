import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()

async def main():
    log = []
    r = await asyncio.gather(worker("a", 0.06, log), worker("b", 0.03, log), worker("c", 0, log))
    print(r, log)
    t = asyncio.create_task(worker("t", 0.01, log))
    print(t.done(), t.get_name())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    q = asyncio.Queue()
    async def prod():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def cons():
        out = []
        while (x := await q.get()) is not None:
            out.append(x)
        return out
    print(await asyncio.gather(prod(), cons()))
    async def boom():
        raise ValueError("bad")
    try:
        await asyncio.gather(boom(), worker("z", 0, log))
    except ValueError as e:
        print("caught", e)
    print(await asyncio.gather(boom(), asyncio.sleep(0, 5), return_exceptions=True))
    lock = asyncio.Lock()
    order = []
    async def crit(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
            order.append(-i)
    await asyncio.gather(*(crit(i) for i in range(1, 4)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("g1", 0.01, log))
        t2 = tg.create_task(worker("g2", 0, log))
    print(t1.result(), t2.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    for coro in asyncio.as_completed([worker("x", 0.06, log), worker("y", 0.03, log)]):
        print("as_completed", await coro)
    done, pending = await asyncio.wait([asyncio.create_task(worker("w", 0, log))])
    print(len(done), len(pending))
    print(asyncio.current_task().get_name())
    return 42

print(asyncio.run(main()))
c = main()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c), asyncio.iscoroutine(main))
c.close()
print(main.__code__.co_flags & 0x80, (lambda: 0).__code__.co_flags)
