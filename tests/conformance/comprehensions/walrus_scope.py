# PEP 572: an assignment expression in a comprehension binds in the enclosing scope
def f():
    r = any((y := i) > 1 for i in range(5))
    return r, y
print(f())
def g():
    [(z := i * 2) for i in range(3)]
    return z
print(g())
def h():
    s = {(w := k) for k in "abc"}
    d = {k: (v := k + "!") for k in "xy"}
    return w, v
print(h())
r = list((m := j) for j in range(4))
print(m, r)
def nested():
    [[(q := a + b) for b in range(2)] for a in range(3)]
    return q
print(nested())
class K:
    vals = [1, 2]
print([last := x for x in K.vals], last)
