# throw() and close() on a coroutine reach the async generator it is iterating, and user awaitables' throw/close
import types

@types.coroutine
def pause(tag):
    return (yield tag)

async def source(log):
    try:
        for i in range(10):
            try:
                await pause("in-%d" % i)
            except ValueError as e:
                log.append("source caught %s" % e)
                yield "recovered"
            yield i
    finally:
        log.append("source finally")

async def consumer(log):
    got = []
    try:
        async for x in source(log):
            got.append(x)
    except KeyError as e:
        log.append("consumer got KeyError %s" % e)
    return got

log = []
c = consumer(log)
print(c.send(None))
print(c.throw(ValueError("v1")))
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("done", e.value)
print(log)

async def consumer2(src):
    async for x in src:
        pass

log = []
src = source(log)
c = consumer2(src)
print(c.send(None))
c.close()
print(log)
try:
    src.aclose().send(None)
except StopIteration:
    print("closed", log)
except RuntimeError as e:
    # (CPython 3.11: closing the __anext__() awaitable leaves the generator marked running.)
    print("RuntimeError:", e)

class Waiter:
    def __init__(self):
        self.log = []
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return "waiting"
    def send(self, v):
        return "waiting"
    def throw(self, exc):
        self.log.append("throw %r" % exc)
        raise StopIteration("handled")
    def close(self):
        self.log.append("close")

async def uses_waiter(w):
    r = await w
    return "result " + r

w = Waiter()
c = uses_waiter(w)
print(c.send(None))
try:
    c.throw(RuntimeError("x"))
except StopIteration as e:
    print(e.value)
w2 = Waiter()
c = uses_waiter(w2)
c.send(None)
c.close()
print(w.log, w2.log)
