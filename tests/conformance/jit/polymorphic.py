# Polymorphic sites in hot loops: one call site whose callee alternates among
# several functions, a method name shared by four classes (richards-like task
# dispatch), and operators dispatching to __add__/__radd__/__eq__/__lt__ of
# user classes for objects created via __init__ inside the loop.

def f1(x): return x + 1
def f2(x): return x * 2
def f3(x): return x - 3
def f4(x): return x % 7

funcs = [f1, f2, f3, f4]
s = 0
for i in range(8000):
    s += funcs[i % 4](i) if i < 6000 else funcs[(i * 7) % 3](i)
print(s)

# richards-like: tasks of four kinds in a run queue, dispatched by method name
class Task:
    def __init__(self, ident, prio):
        self.ident = ident
        self.prio = prio
        self.count = 0

class Idle(Task):
    def run(self, q):
        self.count += 1
        return q[(self.ident + self.count) % len(q)]

class Worker(Task):
    def run(self, q):
        self.count += self.prio
        return q[self.count % len(q)]

class Handler(Task):
    def run(self, q):
        self.count += 2
        return q[1] if self.count % 3 else q[-1]

class Device:
    def __init__(self, ident):
        self.ident = ident
        self.count = 0
    def run(self, q):
        self.count -= 1
        return q[(self.ident - self.count) % len(q)]

queue = [Idle(0, 1), Worker(1, 3), Handler(2, 5), Device(3), Worker(4, 7), Device(5)]
t = queue[0]
trace = 0
for step in range(10000):
    t = t.run(queue)
    trace = (trace * 7 + t.ident) % 1000003
print(trace, [q.count for q in queue])

# user-defined numbers: __add__, __radd__, __mul__, __eq__, __lt__, __hash__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return Vec(self.x + o, self.y + o)
    def __radd__(self, o):
        return Vec(self.x + o, self.y + o)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __hash__(self):
        return self.x * 31 + self.y

acc = Vec(0, 0)
eqs = 0
lts = 0
for i in range(5000):
    v = Vec(i % 10, i % 7)
    acc = acc + v if i % 3 else 1 + acc + v * 2
    if v == Vec(3, 3):
        eqs += 1
    if v < Vec(5, 0):
        lts += 1
print(acc.x, acc.y, eqs, lts)

# a sum() and sorted() over user objects use the same dunders
vs = [Vec(i % 13, -i % 5) for i in range(3000)]
total = sum(vs, Vec(0, 0))
srt = sorted(vs)
print(total.x, total.y, srt[0].x, srt[0].y, srt[-1].x, srt[-1].y, len(set(vs)))

# an operator site that sees ints, floats, strs and user objects in turn
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __repr__(self):
        return "Money(" + str(self.c) + ")"

def add(a, b):
    return a + b

items = [(1, 2), (1.5, 2), ("a", "b"), (Money(5), 3), (Money(1), Money(2)), ([1], [2])]
out = []
for i in range(6000):
    a, b = items[i % 6]
    r = add(a, b)
    if i >= 5994:
        out.append(r)
print(out)

# __eq__ and __lt__ returning NotImplemented fall back to the reflected side
class Left:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented

class Right:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return o.v > self.v

c = [0, 0]
for i in range(4000):
    l = Left(i % 5)
    r = Right(i % 3)
    if l == r:
        c[0] += 1
    if l < r:
        c[1] += 1
print(c)
