class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def sub(self, o):
        return V(self.x - o.x, self.y - o.y)


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def near(p, c, r):
    d = p.sub(c)
    q = Pair(d, (d.x, d.y))
    if d.x * d.x + d.y * d.y < r:
        return q
    return None


def f(n):
    c = V(0.5, 0.5)
    hits = 0
    for i in range(n):
        if near(V(i * 0.25, 1.0), c, 0.5) is not None:
            hits += 1
    return hits


print(f(20))
