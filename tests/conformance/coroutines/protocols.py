# async iteration and async context managers: protocol details, errors, return and break inside them
class Sleep:
    def __await__(self):
        yield "sleep"

def drive(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return steps, e.value

class CM:
    def __init__(self, log, name, suppress=False):
        self.log, self.name, self.suppress = log, name, suppress
    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await Sleep()
        return self
    async def __aexit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        await Sleep()
        return self.suppress

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Sleep()
        self.i += 1
        return self.i - 1

async def nested(log):
    async with CM(log, "a") as a, CM(log, "b") as b:
        log.append("body %s %s" % (a.name, b.name))
    async with CM(log, "outer"):
        async with CM(log, "inner", suppress=True):
            raise KeyError("x")
        log.append("after inner")
    for i in range(3):
        async with CM(log, "loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return "done"

log = []
print(drive(nested(log)))
for l in log:
    print(l)

async def loops():
    out = []
    async for i in ARange(3):
        async for j in ARange(i):
            out.append((i, j))
    async for i in ARange(5):
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("no else")
    async for i in ARange(0):
        out.append("never")
    else:
        out.append("else ran")
    return out

print(drive(loops()))

async def ret_in_for():
    async for i in ARange(10):
        if i == 3:
            return i * 100

print(drive(ret_in_for()))

class BadIter:
    def __aiter__(self):
        return 5

class NoAwait:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

class NoAenter:
    pass

class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return False

async def err(kind):
    if kind == 0:
        async for x in 5:
            pass
    elif kind == 1:
        async for x in BadIter():
            pass
    elif kind == 2:
        async for x in NoAwait():
            pass
    elif kind == 3:
        async with NoAenter():
            pass
    elif kind == 4:
        async with SyncExit():
            pass

for k in range(5):
    try:
        drive(err(k))
    except TypeError as e:
        print(k, e)

async def exc_in_anext():
    class Boom:
        def __aiter__(self):
            return self
        async def __anext__(self):
            raise ValueError("from anext")
    try:
        async for x in Boom():
            pass
    except ValueError as e:
        return "caught " + str(e)

print(drive(exc_in_anext()))

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter([1, 2, 3]) if self.v is None else self.gen()
    def gen(self):
        yield 1
        return self.v

async def awaits():
    a = await Awaitable(10)
    b = await Awaitable(None)
    return a, b

print(drive(awaits()))

class BadAwait:
    def __await__(self):
        return 42

async def bad_await():
    await BadAwait()
try:
    drive(bad_await())
except TypeError as e:
    print(e)

async def coro():
    return 1
c = coro()
print(c.__await__() is not None, type(c).__name__)
c.close()
c = coro()
try:
    c.send(5)
except TypeError as e:
    print(e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
