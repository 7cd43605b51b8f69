# Binary operators on instances (BINARY_OP_INSTANCE) run their dunder
# inline in traces: NotImplemented must still fall back to the reflected
# operation, a dunder redefined or an in-place dunder added mid-loop must
# take effect, the right operand's type may change, and an exception
# inside the dunder keeps tier 1's traceback.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return NotImplemented
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(self.x * k + 0.5, self.y * k + 0.5)

    def __sub__(self, other):
        return V(self.x - other.x, self.y - other.y)


class W(V):
    def __rmul__(self, other):
        return "W.__rmul__"


def run(n):
    acc = V(0, 0)
    step = V(1, 2)
    for i in range(n):
        acc = acc + step * 2
        acc = acc - V(i % 3, 1.5)
        if i == n // 2:
            acc = acc * 0.5
    return acc.x, acc.y


def fallback(n):
    out = []
    for i in range(n):
        a = V(i, i)
        b = W(1, 1) if i % 4 == 3 else V(2, 2)
        r = a * b if i % 4 == 3 else a * 3
        out.append(r if isinstance(r, str) else (r.x, r.y))
    return out[-6:]


def redefined(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            V.__sub__ = lambda self, other: V(self.x - 2 * other.x, 0)
        total += (V(i, 0) - V(1, 0)).x
    return total


def inplace_added(n):
    v = V(0, 0)
    one = V(1, 1)
    for i in range(n):
        if i == n // 2:
            def iadd(self, other):
                self.x += 100 * other.x
                return self
            V.__iadd__ = iadd
        v += one
    del V.__iadd__
    return v.x


def raising(n):
    class Bad:
        def __init__(self, k):
            self.k = k

        def __add__(self, other):
            return Bad(self.k + 10 // other)

    b = Bad(0)
    for i in range(n):
        b = b + (n - 1 - i)
    return b.k


print(run(200))
print(fallback(60))
print(redefined(100))
print(inplace_added(100))
try:
    raising(50)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
