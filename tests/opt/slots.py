class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, o):
        return V(self.x + o.x, self.y + o.y)


def f(n):
    a = V(1.0, 2.0)
    d = V(0.5, 0.25)
    t = 0.0
    i = 0
    while i < n:
        c = a.plus(d)
        t = t + c.x * c.y
        i = i + 1
    return t


print(f(20))
