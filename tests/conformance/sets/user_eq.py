# Keys with Python-level __hash__/__eq__.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(" + str(self.v) + ")"
s = {K(1), K(5), K(9), K(2)}
print(s, len(s))
print(K(5) in s, K(13) in s, 5 in s)
s.add(K(5))
print(len(s))
s.discard(K(1))
print(s)
t = {K(5), K(2), K(7)}
print(s & t, s - t, s ^ t, s | t)
print(s <= s | t, s == {K(9), K(5), K(2)})
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        calls.append(self.v)
        return isinstance(other, Loud) and self.v == other.v
u = {Loud(1), Loud(2), Loud(3)}
print(len(u), Loud(3) in u, len(calls) > 0)
class Clearing:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        victim.clear()
        return False
victim = set()
victim.add(1)
victim.add(Clearing())
print(Clearing() in victim, len(victim))
victim = {1}
victim.add(Clearing())
victim.add(Clearing())
print(len(victim))
class Boom:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        raise ValueError("no compare")
b = {Boom()}
try:
    Boom() in b
except ValueError as e:
    print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self):
        return -1
print(len({H(), H()}), hash(H()))
