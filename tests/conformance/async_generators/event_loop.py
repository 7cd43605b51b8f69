# async generators under a small hand-written event loop: pipelines, hot loops, async with, aclose, athrow
import types

@types.coroutine
def sleep(ticks):
    yield ("sleep", ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
    def spawn(self, coro, name):
        self.seq += 1
        self.queue.append((self.now, self.seq, name, coro))
    def run(self):
        results = {}
        while self.queue:
            self.queue.sort()
            when, seq, name, coro = self.queue.pop(0)
            self.now = when
            try:
                req = coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                continue
            self.seq += 1
            self.queue.append((self.now + req[1], self.seq, name, coro))
        return results

async def numbers(n, every):
    for i in range(n):
        if i % every == 0:
            await sleep(1)
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def windowed(source, size):
    window = []
    async for x in source:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window = []
    if window:
        yield tuple(window)

class Resource:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        await sleep(2)
        self.log.append("open")
        return self
    async def __aexit__(self, *exc):
        self.log.append("close")
        return False

async def guarded(log):
    async with Resource(log):
        try:
            for i in range(5):
                yield i
                await sleep(1)
        finally:
            log.append("finally")

async def main_sum():
    total = 0
    async for v in squares(numbers(3000, 500)):
        total += v
    return total

async def main_windows():
    return [w async for w in windowed(numbers(10, 3), 4)]

async def main_guarded():
    log = []
    g = guarded(log)
    got = [await g.__anext__(), await g.__anext__()]
    try:
        await g.athrow(KeyError("stop"))
    except KeyError as e:
        got.append("athrow raised %r" % e)
    return got, log

async def main_break():
    log = []
    g = guarded(log)
    async for i in g:
        if i == 2:
            break
    await g.aclose()
    return log

loop = Loop()
loop.spawn(main_sum(), "sum")
loop.spawn(main_windows(), "windows")
loop.spawn(main_guarded(), "guarded")
loop.spawn(main_break(), "break")
results = loop.run()
for name in sorted(results):
    print(name, results[name])
print("time", loop.now)
