# send(): priming with send(None)/next, sending values, return values and send errors.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return "final " + str(total)
acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(next(acc) if False else acc.send(1))
try:
    acc.send(None)
except StopIteration as e:
    print("stopped:", e.value)
# sending a non-None value to a just-started generator
g = accumulator()
try:
    g.send(3)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g), g.send(2))
# send to an exhausted generator
try:
    acc.send(1)
except StopIteration as e:
    print("exhausted send:", repr(e.value))
# running average coroutine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(x) for x in [10, 20, 60, 10]])
# send values through yield from
def inner():
    got = []
    while len(got) < 3:
        v = yield len(got)
        got.append(v)
    return got
def outer():
    result = yield from inner()
    yield "inner returned " + str(result)
o = outer()
print(next(o), o.send("a"), o.send("b"), o.send("c"))
# generator that both receives and transforms
def upper_echo():
    reply = None
    while True:
        msg = yield reply
        reply = msg.upper() if isinstance(msg, str) else repr(msg)
e = upper_echo()
e.send(None)
print(e.send("hi"), e.send(42), e.send([1]))
try:
    e.send()
except TypeError as err:
    print(type(err).__name__, err)
