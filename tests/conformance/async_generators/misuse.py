# async generator misuse: argument errors of asend/athrow/aclose and their awaitables, reuse, iterating an awaitable
async def ag():
    yield 1
    yield 2

def show(f):
    try:
        r = f()
        print(type(r).__name__, r if isinstance(r, (int, str, list, tuple)) else "")
    except BaseException as e:
        print(type(e).__name__, e)

g = ag()
show(lambda: g.athrow())
show(lambda: g.athrow(ValueError, 1, None, 4))
show(lambda: g.athrow().send(None))
show(lambda: g.athrow(ValueError, 1, None, 4).send(None))
show(lambda: g.asend())
show(lambda: g.asend(1, 2))
show(lambda: g.__anext__(1))
show(lambda: g.aclose(1))
show(lambda: type(g).asend(5, None))
show(lambda: g.athrow(KeyError).throw(1))
g = ag()
a = g.__anext__()
show(lambda: a.send())
show(lambda: a.close(1))
show(lambda: type(a).send(5, None))
show(lambda: next(a))
show(lambda: next(a, "default"))
show(lambda: a.throw())
show(lambda: a.throw(1))
show(lambda: a.send(None))
g = ag()
show(lambda: [x for x in g.__anext__()])
show(lambda: list(g.asend(None)))
show(lambda: next(g.__anext__(), "dflt"))
show(lambda: list(g.__anext__()))
