# Classes whose __iter__ is a generator: re-iterable containers, multiple independent iterators.
class Range2:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("step must not be zero")
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        i = self.start
        while (i < self.stop) if self.step > 0 else (i > self.stop):
            yield i
            i += self.step
    def __reversed__(self):
        items = list(self)
        for i in range(len(items) - 1, -1, -1):
            yield items[i]
r = Range2(0, 10, 3)
print(list(r), list(r))
print(list(Range2(5, 0, -2)), list(Range2(3, 3)))
print(list(reversed(r)))
print(sum(r), max(r), 6 in r, 7 in r)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2))
print([(a, b) for a in Range2(0, 2) for b in Range2(0, 2)])
try:
    Range2(0, 1, 0)
except ValueError as e:
    print(type(e).__name__, e)
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()))
a, b, *rest = t
print(a, b, rest)
class Lines:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        for line in self.text.split("\n"):
            if line.strip():
                yield line.strip()
print(list(Lines("a\n\n  b \nc\n")))
print(dict(enumerate(Lines("x\ny"))))
# __iter__ that is a generator but fails part way
class Flaky:
    def __iter__(self):
        yield 1
        raise OSError("disk gone")
try:
    for v in Flaky():
        print("flaky", v)
except OSError as e:
    print(type(e).__name__, e)
