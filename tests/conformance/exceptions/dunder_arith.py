# Exceptions crossing dunder boundaries: __add__, __getitem__, __len__, __init__, NotImplemented.
class Num:
    def __init__(self, v):
        if not isinstance(v, int):
            raise TypeError("Num needs int, got " + type(v).__name__)
        self.v = v
    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if other == 0:
            raise ValueError("adding zero is forbidden")
        return NotImplemented
    def __repr__(self):
        return "Num(" + str(self.v) + ")"

print(Num(1) + Num(2))
for thunk in [lambda: Num("x"), lambda: Num(1) + 0, lambda: Num(1) + "s", lambda: "s" + Num(1)]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError("Seq ends")
        if i < 0:
            raise KeyError(i)
        return i * 10

s = Seq()
print(s[0], s[2])
print(list(s))
for x in s:
    print("iter", x)
try:
    s[-1]
except KeyError as e:
    print("KeyError", e)
print(2 in s, 20 in s, 5 in s)

class BadLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for n in [3, -1, "x", 2 ** 70]:
    try:
        print(len(BadLen(n)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(bool(BadLen(-1)))
except ValueError as e:
    print("bool:", type(e).__name__, e)

class Explode:
    def __len__(self):
        raise RuntimeError("len exploded")
try:
    if Explode():
        pass
except RuntimeError as e:
    print("truth test:", e)
