# async generator protocol edge cases: athrow/aclose states, ignored GeneratorExit, PEP 479, misuse errors
def drive(aw, sends=()):
    """Sends None then each of `sends` into an awaitable; reports how it ended."""
    sends = list(sends)
    try:
        v = aw.send(None)
        while True:
            print("  yielded", v)
            v = aw.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        print("  result", e.value)
    except BaseException as e:
        print("  raised", type(e).__name__, e)

async def counter():
    try:
        yield 1
        yield 2
    finally:
        print("  counter finally")

print("aclose before start")
g = counter()
drive(g.aclose())
drive(g.__anext__())

print("aclose while suspended")
g = counter()
drive(g.__anext__())
drive(g.aclose())
drive(g.aclose())
drive(g.athrow(ValueError, ValueError("late")))

print("athrow uncaught")
g = counter()
drive(g.__anext__())
drive(g.athrow(KeyError("k")))
drive(g.__anext__())

async def stubborn():
    try:
        yield "tick"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "tock"

print("ignored GeneratorExit")
g = stubborn()
drive(g.__anext__())
drive(g.aclose())
drive(g.__anext__())

async def raises_stop():
    yield 1
    raise StopAsyncIteration("inner")

async def raises_stopiter():
    yield 1
    raise StopIteration(5)

for f in (raises_stop, raises_stopiter):
    print(f.__name__)
    g = f()
    drive(g.__anext__())
    drive(g.__anext__())

print("reusing awaitables")
g = counter()
a = g.aclose()
drive(a)
drive(a)
g = counter()
a = g.asend(None)
drive(a)
drive(a)
drive(g.aclose())

print("send into a started asend")
async def echo():
    v = yield "ready"
    print("  got", v)
    yield v

g = echo()
drive(g.asend(None))
drive(g.asend("hello"))
drive(g.athrow(ValueError("x")))
drive(g.__anext__())

print("misuse")
g = counter()
for make in (lambda: iter(g), lambda: next(g), lambda: g.send(None), lambda: g.athrow(1).send(None)):
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(" ", type(e).__name__, e)
async def awaits_agen():
    await counter()
drive(awaits_agen())
print(counter.__name__, type(counter()).__name__, aiter(g) is g, type(anext(g)).__name__)
try:
    aiter(5)
except TypeError as e:
    print(e)
try:
    anext(5)
except TypeError as e:
    print(e)
