# async generators: async for, __anext__/asend/athrow/aclose driven by send(), StopAsyncIteration
import types

@types.coroutine
def suspend(tag):
    got = yield ("suspended", tag)
    return got

def run(coro):
    """Drives a coroutine to completion, answering each suspension."""
    sent = None
    trace = []
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as e:
            return e.value, trace
        trace.append(req)
        sent = "r%d" % len(trace)

async def ticker(n):
    for i in range(n):
        got = await suspend(i)
        yield i * 10, got

async def consume():
    out = []
    async for pair in ticker(3):
        out.append(pair)
    return out

print(run(consume()))

async def simple():
    yield 1
    yield 2

g = simple()
print(type(g).__name__, type(g.__anext__()).__name__, type(g.aclose()).__name__)
print(g.__aiter__() is g)
a = g.__anext__()
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
b = g.asend(None)
try:
    next(b)
except StopIteration as e:
    print("second", e.value)
c = g.__anext__()
try:
    c.send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("still exhausted")

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except ValueError as e:
        print("caught", e, received)
        yield "after-throw"
    finally:
        print("echo finally")

async def drive_echo():
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    print(await e.athrow(ValueError("boom")))
    print(await e.aclose())
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("closed")

print(run(drive_echo()))

async def comp():
    xs = [x async for x in ticker(2)]
    ys = {k: v async for k, v in ticker(2) if k}
    zs = [await suspend("z%d" % x) for x in range(2)]
    gen = (x[0] + 1 async for x in ticker(2))
    print(type(gen).__name__)
    ws = [w async for w in gen]
    return xs, ys, zs, ws

print(run(comp()))
