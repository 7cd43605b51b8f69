# match in a hot loop: every pattern kind, guards, OR and AS patterns (traced under the JIT modes)
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
total = 0
out = []
for i in range(200):
    v = [i, P(i, -i), {"k": i}, (i, i + 1, i + 2), str(i), i * 0.5][i % 6]
    match v:
        case int(n) if n % 2 == 0:
            total += n
        case P(a, b) | P(b, a) if a > 100:
            total += a - b
        case P(a=a):
            total -= a
        case {"k": k, **rest}:
            total += k * 2
            out.append(len(rest))
        case (x, y, *z):
            total += x + y + len(z)
        case str() as s if len(s) > 2:
            out.append(s)
        case float(f):
            total += int(f)
        case _:
            pass
print(total, out[-5:], len(out))
