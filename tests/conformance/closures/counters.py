# Counters built from closures with nonlocal, independent instances, and shared cells.
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = start
    return inc, get, reset

inc, get, reset = make_counter()
print(inc(), inc(), inc(), get())
reset()
print(get(), inc())
inc2, get2, _ = make_counter(100, -10)
print(inc2(), inc2(), get2(), get())

# two closures sharing one variable see each other's updates
def pair():
    x = []
    def push(v):
        x.append(v)
        return len(x)
    def pop():
        return x.pop()
    return push, pop
push, pop = pair()
print(push("a"), push("b"), pop(), push("c"), pop(), pop())
try:
    pop()
except IndexError as e:
    print(type(e).__name__, e)

# nonlocal rebinding vs reading only
def outer():
    n = 1
    def read():
        return n * 10
    def write(v):
        nonlocal n
        n = v
    write(5)
    r1 = read()
    n = 7
    return r1, read()
print(outer())

# assignment without nonlocal makes a local: UnboundLocalError
def broken():
    total = 0
    def add(v):
        total += v
        return total
    return add
try:
    broken()(1)
except UnboundLocalError as e:
    print(type(e).__name__, e)

# closure cells are visible via __closure__
def mk(a, b):
    def f():
        return a + b
    return f
f = mk(2, 3)
print(f(), len(f.__closure__), [c.cell_contents for c in f.__closure__], f.__code__.co_freevars)
