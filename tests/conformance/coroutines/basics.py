# coroutines: async def, await, send/throw/close, a hand-written event loop
import types

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y * 2

c = main()
print(type(c).__name__, repr(c).startswith("<coroutine object main at "))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return "slept %d" % self.n

async def worker(name, n):
    out = []
    for i in range(n):
        r = await Sleep(i + 1)
        out.append(r)
    return name, out

def run(coros):
    ready = list(coros)
    results = []
    steps = 0
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
            steps += 1
            ready.append(c)
        except StopIteration as e:
            results.append(e.value)
    return steps, results

print(run([worker("a", 2), worker("b", 3)]))

@types.coroutine
def gen_awaitable():
    v = yield "from gen"
    return "gen got %r" % (v,)

async def uses_gen():
    r = await gen_awaitable()
    return r

c = uses_gen()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print(e.value)

async def catcher():
    try:
        await Sleep(3)
    except ValueError as e:
        return "caught " + str(e)

c = catcher()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

async def closer():
    try:
        await Sleep(5)
    finally:
        print("cleanup")
c = closer()
c.send(None)
c.close()
print("closed")

class AsyncCM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await Sleep(1)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError

class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(1)
        return self.i

async def full():
    async with AsyncCM("one") as v:
        print("in body", v)
    async with AsyncCM("two"):
        raise KeyError("suppressed")
    try:
        async with AsyncCM("three"):
            raise ValueError("passes")
    except ValueError as e:
        print("got", e)
    total = 0
    async for i in Ticker(4):
        total += i
        if i == 10:
            break
    else:
        print("loop done", total)
    async for i in Ticker(10):
        if i == 3:
            break
    print("broke at", i)
    for k in range(3):
        async with AsyncCM("r%d" % k) as v:
            if k == 1:
                return v
    return total

print(run([full()]))

async def nested():
    async def inner(x):
        return x * 3
    vals = []
    for i in range(5):
        vals.append(await inner(i))
    return vals
print(run([nested()]))

def driver(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)
print(driver(fib(15)))
c = add(1, 2)
driver(c)
try:
    driver(c)
except RuntimeError as e:
    print(e)
c = add(1, 2)
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
c.close()
async def bad():
    await 5
try:
    driver(bad())
except TypeError as e:
    print(e)
async def bad_gen():
    def g():
        yield 1
    await g()
try:
    driver(bad_gen())
except TypeError as e:
    print(e)
print(type(add).__name__, add.__name__, add.__qualname__)
