class P:
    def __init__(self):
        self.x = 1.5


def f(p, n):
    a, b = 0, 1
    s = 0.0
    i = 0
    while i < n:
        s = s + p.x
        a, b = b, a + b
        if a > 1000:
            a = a - 1000
        i = i + 1
    return a, b, s


print(f(P(), 30))
