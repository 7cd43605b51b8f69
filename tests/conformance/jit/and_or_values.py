# `and` / `or` (JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP) in hot loops over
# values of every truth kind: bools (guarded natively), ints, None, strs,
# lists, floats and instances with __bool__ (truth computed once).
class A:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v > 2
def f(n):
    t = 0
    xs = [0, 1, None, "", "a", [], [1], A(1), A(5), 2.0, 0.0, True, False]
    for i in range(n):
        a = xs[i % len(xs)]
        b = xs[(i * 7) % len(xs)]
        r = a and b
        s = a or b
        u = (i > 3) and (i % 2 == 0)
        w = (i < 3) or (i % 3 == 0)
        if r: t += 1
        if s: t += 2
        if u: t += 4
        if w: t += 8
        t += 1 if (a or 0) else 0
    return t
print(f(3000))
