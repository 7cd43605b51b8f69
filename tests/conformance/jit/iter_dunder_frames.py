# `for x in obj` where obj's class has a Python `__iter__`: the result is
# checked to be an iterator, errors inside `__iter__` carry its frame,
# and the loops run long enough for traces to record through `__iter__`.
import sys


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Gen:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i


class Bad:
    def __iter__(self):
        return [1, 2]


class Raises:
    def __init__(self, after):
        self.after = after

    def __iter__(self):
        if self.after == 0:
            raise ValueError("no iterator today")
        self.after -= 1
        return iter(())


class Switch:
    def __iter__(self):
        return iter("ab")


def total(bags):
    t = 0
    for b in bags:
        for x in b:
            t += x
    return t


bags = [Bag([i, i + 1, i + 2]) for i in range(300)]
print(total(bags))
print(sum(total([Countdown(i % 7)]) for i in range(300)))
print(sum(total([Gen(i % 5)]) for i in range(300)))

s = 0
for i in range(400):
    for x in Bag(range(i % 4)):
        s += x
    if i == 350:
        Bag.__iter__ = lambda self: iter([100])
print(s)

try:
    for x in Bad():
        pass
except TypeError as e:
    print("TypeError:", e)

r = Raises(250)
n = 0
try:
    while True:
        for x in r:
            pass
        n += 1
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("ValueError:", e, n, depth)

print(list(Bag("xyz")), tuple(Countdown(3)), sorted(Gen(4)))
print([c for c in Switch()], [c for c in Bag([3, 1, 2])])

sys.setrecursionlimit(60)


class Deep:
    def __init__(self, d):
        self.d = d

    def __iter__(self):
        if self.d == 0:
            return iter([0])
        for x in Deep(self.d - 1):
            pass
        return iter([self.d])


try:
    for x in Deep(1000):
        pass
except RecursionError:
    print("RecursionError")
for x in Deep(10):
    print("deep", x)
