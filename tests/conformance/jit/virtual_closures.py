# Functions a loop makes and calls (`rt make_function`): the trace
# runs the call inline and, where nothing else sees the function, never
# makes it; every exit that holds it makes it, with the cells it reads.


def late_binding(n):
    # The lambda reads the cell, not the value it had when made.
    total = 0
    for i in range(n):
        f = lambda x: x + i
        total = (total + f(3)) % 1009
    # `f` after the loop is the last function made, reading the last `i`.
    return total, f(0), f.__name__, f.__qualname__


def type_change(n):
    # The loop variable turns into a float, then a str: the inlined body's
    # guards exit while the function is not made yet.
    out = []
    for i in range(n):
        v = i if i < n - 6 else (i * 0.5 if i < n - 3 else str(i))
        g = lambda y: y + v if not isinstance(v, str) else v + "!"
        out.append(g(1) if not isinstance(v, str) else g(""))
    return out[-8:]


def defaults(n):
    # Defaults bind the value at each iteration; keyword defaults too.
    acc = 0
    for i in range(n):
        h = lambda x, k=i, *, m=2: (x + k) * m
        acc += h(1)
        acc += h(1, 5, m=3)
    return acc, h.__defaults__, h.__kwdefaults__


def escaping(n):
    # Kept in a list, compared by identity, given attributes.
    fs = []
    for i in range(n):
        def f(x, i=i):
            """doc of f"""
            return x * i
        if i % 7 == 0:
            fs.append(f)
        f.tag = i
    return [g(2) for g in fs], fs[0] is fs[1], f.tag, f.__doc__, fs[-1].__name__


def nested(n):
    # A closure that makes and calls a closure.
    total = 0
    for i in range(n):
        def outer(a):
            def inner(b):
                return a * b + i
            return inner(a + 1)
        total += outer(i % 5)
    return total


def cells_changed(n):
    # The cell changes between the making and the call.
    s = 0
    for i in range(n):
        k = i
        f = lambda: k * 2
        k = -i
        s += f()
    return s


def generator_expressions(n):
    items = [3, 1, 4, 1, 5, 9, 2, 6]
    hits = 0
    for i in range(n):
        if any(x > i % 10 for x in items):
            hits += 1
        hits += sum(x for x in items if x == i % 7)
    return hits


def exit_in_call(n):
    # The call raises at one iteration: the traceback sees the function.
    caught = 0
    for i in range(n):
        f = lambda d: 10 // d
        try:
            caught += f(i % 50)
        except ZeroDivisionError as e:
            caught += 1000
    return caught


print(late_binding(300))
print(type_change(40))
print(defaults(300))
print(escaping(100))
print(nested(300))
print(cells_changed(300))
print(generator_expressions(200))
print(exit_in_call(300))


def deco(f):
    def w(*a, **k):
        return f(*a, **k) + 1
    return w


def assorted(n):
    # Decorated functions, a class and its method made per iteration,
    # `nonlocal`, lambdas made in a comprehension, some kept.
    out = 0
    keep = []
    for i in range(n):
        @deco
        def g(x, *rest, y=3, **kw):
            return x + len(rest) + y + len(kw) + i
        out += g(1, 2, 3, y=4, z=5)

        class C:
            k = i

            def m(self, v=i):
                return v + self.k
        out += C().m()
        total = 0

        def acc(v):
            nonlocal total
            total += v
        acc(i)
        acc(1)
        out += total
        fs = [lambda z, j=j: z + j + i for j in range(3)]
        out += sum(f(1) for f in fs)
        if i % 97 == 0:
            keep.append((g, acc))
    return out, len(keep), keep[-1][1].__qualname__


print(assorted(300))
