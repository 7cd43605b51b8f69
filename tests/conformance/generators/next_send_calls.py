# next(gen), gen.__next__() and gen.send(v) in hot loops: the specialized
# call resumes the generator in place; every other case behaves as before
def accumulate():
    total = 0
    while True:
        got = yield total
        total += got


acc = accumulate()
next(acc)
last = 0
for v in range(500):
    last = acc.send(v)
print(last)


def counted(n):
    for i in range(n):
        yield i * i
    return "done %d" % n


results = []
for n in range(60):
    g = counted(n % 4)
    try:
        while True:
            results.append(next(g) if n % 2 else g.__next__())
    except StopIteration as e:
        results.append(e.value)
print(results[:12], len(results))


# the same call site meets other iterators, a finished generator, a new
# generator sent a value, and a generator calling next() on itself
def site(it):
    return next(it)


def selfish():
    yield next(me)


out = []
for i in range(40):
    kind = i % 5
    try:
        if kind == 0:
            out.append(site(counted(3)))
        elif kind == 1:
            out.append(site(iter([i, i])))
        elif kind == 2:
            g = counted(0)
            out.append(next(g, "default"))
            out.append(site(g))
        elif kind == 3:
            out.append(counted(2).send(i))
        else:
            me = selfish()
            out.append(site(me))
    except (StopIteration, TypeError, ValueError) as e:
        out.append(type(e).__name__ + ": " + str(e))
print(out[:10])
print(len(out), sorted(set(type(x).__name__ for x in out)))


# exceptions raised inside go through the call site; PEP 479 applies
def faulty(n):
    yield n
    if n % 2:
        raise KeyError(n)
    raise StopIteration


caught = []
for n in range(30):
    g = faulty(n)
    next(g)
    try:
        g.send(None)
    except (KeyError, RuntimeError) as e:
        caught.append(type(e).__name__)
print(caught.count("KeyError"), caught.count("RuntimeError"))


# rebinding the built-in next at module level is seen at once
def next(it, *default):
    return "shadowed"


print(site(counted(3)))
del next
print(site(counted(3)))
