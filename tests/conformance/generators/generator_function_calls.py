# Calls of generator functions: positional arguments bound by copying
# (CALL_PY_GEN), methods, defaults and keywords (the generic call), the
# recursion limit at the call, a call site meeting other callees.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def pair(a, b=10):
    yield a
    yield b


class Tree:
    def __init__(self, items):
        self.items = items

    def walk(self, scale):
        for x in self.items:
            yield x * scale


def plain(n):
    return [n]


total = 0
for r in range(300):
    total += sum(count(r % 7))
    total += sum(pair(r))
    total += sum(pair(r, b=2))
    total += sum(Tree([1, 2, r]).walk(3))
print(total)

makers = [count, plain, pair]
for r in range(200):
    f = makers[r % 3]
    g = f(r % 4)
    print(type(g).__name__, list(g)) if r < 6 else None

try:
    count()
except TypeError as e:
    print("TypeError:", e)
try:
    count(1, 2)
except TypeError as e:
    print("TypeError:", e)


def deep(n):
    if n == 0:
        return count(3)
    return deep(n - 1)


sys.setrecursionlimit(60)
for depth in (10, 200):
    try:
        print(list(deep(depth)))
    except RecursionError as e:
        print("RecursionError:", e)
sys.setrecursionlimit(1000)
g = count(2)
print(g.__name__, g.gi_running, next(g), next(g), next(g, "done"))
