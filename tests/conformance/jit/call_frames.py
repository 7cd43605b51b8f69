# Calls a trace runs by pushing a real frame (callees with loops or effects
# tier 1 must run): the callee's parameters are the values passed, never
# the caller's locals in the same slots; methods and plain functions,
# closures, recursion up to RecursionError, a callee replaced mid-loop.


class S:
    def rel(self, x):
        total = 0
        for k in range(2):
            total += x + k
        return total


class A:
    def __init__(self, s):
        self.s = s

    def run(self, p):
        s = self.s
        if p > 5:
            return s.rel(p)
        return p


class B:
    def __init__(self, s):
        self.s = s

    def run(self, p):
        s = self.s
        return s.rel(p) * 2


def poly(n):
    s = S()
    tasks = [A(s), B(s), A(s)]
    t = 0
    for i in range(n):
        task = tasks[i % 3]
        t += task.run(i % 10)
    return t


print(poly(3000))


def make_adder(k):
    def add(x):
        acc = 0
        for j in range(3):
            acc += x + k + j
        return acc

    return add


def closures(n):
    adders = [make_adder(1), make_adder(10)]
    t = 0
    for i in range(n):
        t += adders[i % 2](i)
    return t


print(closures(2000))


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def recursion(n):
    t = 0
    for i in range(n):
        t += depth(i % 50)
    try:
        depth(100000)
    except RecursionError as e:
        t += 1
        print(type(e).__name__)
    return t


print(recursion(1000))


def helper(a, b):
    out = []
    for x in (a, b):
        out.append(x)
    return out


def replaced(n):
    global helper
    t = 0
    for i in range(n):
        if i == 700:
            helper = lambda a, b: [a * 100]
        t += sum(helper(i, 1))
    return t


print(replaced(1500))


def kw(a, b=2, *, c=3):
    for _ in range(1):
        pass
    return a + b + c


def keywords(n):
    t = 0
    for i in range(n):
        t += kw(i) + kw(i, c=i) + kw(b=1, a=i)
    return t


print(keywords(1000))
