# a < b with a Python __lt__ (COMPARE_OP_INSTANCE): the dunder runs
# inline with the two operands as its locals; its result is guarded not
# NotImplemented, and a bool (a jump takes it).
class P:
    def __init__(self, x):
        self.x = x

    def __lt__(self, o):
        return self.x < o.x


def f(ps):
    c = 0
    for i in range(len(ps) - 1):
        if ps[i] < ps[i + 1]:
            c += 1
    return c


ps = [P(i % 3) for i in range(30)]
print(f(ps), f(ps))
