# Generator state: gi_running, gi_frame, exhaustion, and calling next after exhaustion.
def g3():
    yield 1
    yield 2
    yield 3

g = g3()
print(g.gi_running, g.gi_frame is not None)
print(next(g))
print(g.gi_running)
rest = list(g)
print(rest, g.gi_frame)
for _ in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.value)
print(next(g, "default"), list(g))

# inspect.getgeneratorstate-like by hand
def state(gen):
    if gen.gi_running:
        return "RUNNING"
    if gen.gi_frame is None:
        return "CLOSED"
    if not gen.gi_suspended:
        return "CREATED"
    return "SUSPENDED"
g = g3()
print(state(g))
next(g)
print(state(g))
g.close()
print(state(g))

# generator locals persist between next() calls
def counter():
    count = 0
    while count < 3:
        count += 1
        yield count
c = counter()
print(next(c), next(c), state(c), list(c), state(c))

# gi_yieldfrom during delegation
def inner():
    yield "i"
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom.__name__)

# generator objects are truthy and have no len
print(bool(g3()))
try:
    len(g3())
except TypeError as e:
    print(type(e).__name__, e)
try:
    g3()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(g3.__name__, g3().__name__, counter().__qualname__)
