# generator.throw(): injecting exceptions, catching them inside, and propagation when uncaught.
def worker():
    while True:
        try:
            x = yield "ready"
            print("  got", x)
        except ValueError as e:
            print("  handled ValueError:", e)
            yield "recovered"
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
try:
    w.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(w)
except StopIteration:
    print("generator is finished after unhandled throw")
# throw into an unstarted generator raises immediately
def g2():
    try:
        yield 1
    finally:
        print("  finally in g2")
g = g2()
try:
    g.throw(TypeError("early"))
except TypeError as e:
    print("unstarted throw:", e)
g = g2()
next(g)
try:
    g.throw(IndexError)
except IndexError as e:
    print("class thrown:", repr(e))
# throw with a return value ending the generator
def finisher():
    try:
        yield 1
    except RuntimeError:
        return "finished by throw"
f = finisher()
next(f)
try:
    f.throw(RuntimeError("stop"))
except StopIteration as e:
    print("StopIteration value:", e.value)
# throw passes through yield from into the inner generator
def inner():
    try:
        yield "inner"
    except ZeroDivisionError:
        yield "inner caught zde"
def outer():
    yield from inner()
    yield "outer continues"
o = outer()
print(next(o), o.throw(ZeroDivisionError), next(o))
try:
    w.throw("not an exception")
except TypeError as e:
    print(type(e).__name__, e)
