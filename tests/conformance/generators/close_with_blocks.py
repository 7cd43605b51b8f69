# gen.close(): finally blocks, with-exits, GeneratorExit handlers, yield from
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False
def gen(n):
    try:
        with Res("r%d" % n):
            for i in range(3):
                yield i
    finally:
        print("finally", n)
g = gen(1)
print(next(g), next(g))
print(g.close(), g.gi_frame is None if hasattr(g, "gi_frame") else "")
print(list(g))
g = gen(2)
g.close()
print("never started: nothing printed")
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
g = catcher(); next(g); g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns():
    try:
        yield 1
    finally:
        return 5
g = returns(); next(g); print(g.close())
def outer():
    try:
        yield from gen(3)
    finally:
        print("outer finally")
g = outer(); next(g); g.close()
