import asyncio

log = []

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(name + " finished")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(name + " cleanup")

async def fails(name, delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    # Cancel with a message; the awaiting task sees it.
    t = asyncio.create_task(child("a", 1))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised", type(e).__name__, e.args)
    print(t.cancelled(), t.cancel(), log)
    log.clear()

    # A task that swallows the cancellation finishes normally.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())

    # shield: the outer await is cancelled, the inner task goes on.
    inner = asyncio.create_task(child("shielded", 0.01))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.done())
    print(await inner, log)
    log.clear()

    # wait_for cancels the inner task on timeout.
    try:
        await asyncio.wait_for(child("slow", 1), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out", log)
    log.clear()
    print(await asyncio.wait_for(child("quick", 0), timeout=1))

    # wait with FIRST_COMPLETED / FIRST_EXCEPTION.
    tasks = [asyncio.create_task(child(n, d)) for n, d in (("w1", 0.09), ("w2", 0.03))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    tasks = [asyncio.create_task(fails("f", 0.03, KeyError("k"))), asyncio.create_task(child("w3", 0.15))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print(len(done), len(pending))
    log.clear()

    # gather: cancelling the gather cancels the children.
    g = asyncio.gather(child("g1", 1), child("g2", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log))
    log.clear()

    # TaskGroup: the first error cancels the siblings; errors come as a group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("sib", 1))
            tg.create_task(fails("e1", 0.01, ValueError("one")))
            tg.create_task(fails("e2", 0.01, TypeError("two")))
    except* ValueError as eg:
        print("ValueErrors", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors", [str(e) for e in eg.exceptions])
    print(log)
    log.clear()

    # timeout(): expiring, rescheduling, expired().
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        await asyncio.sleep(0)
    print("not expired", cm.expired(), cm.when() is not None)

    # Exceptions propagate through await chains with their type.
    try:
        await fails("x", 0, ZeroDivisionError("zero"))
    except ZeroDivisionError as e:
        print("caught", e)
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    fut.set_exception(RuntimeError("in future"))
    try:
        await fut
    except RuntimeError as e:
        print("future raised", e)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    return "end"

print(asyncio.run(main()))

# A task left running when main returns is cancelled by asyncio.run.
async def leaves_one():
    asyncio.create_task(child("orphan", 1))
    await asyncio.sleep(0)
    return "main done"
log.clear()
print(asyncio.run(leaves_one()), log)

async def nested():
    inner = asyncio.sleep(0)
    try:
        asyncio.run(inner)
    finally:
        inner.close()
c = nested()
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
async def boom():
    await asyncio.sleep(0)
    raise KeyError("uncaught")
asyncio.run(boom())
