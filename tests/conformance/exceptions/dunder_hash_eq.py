# Exceptions raised from __eq__/__hash__ during dict and list operations propagate to the caller.
class Key:
    def __init__(self, name, explode_eq=False):
        self.name = name
        self.explode_eq = explode_eq
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.explode_eq or getattr(other, "explode_eq", False):
            raise RuntimeError("eq exploded for " + self.name)
        return isinstance(other, Key) and self.name == other.name
d = {Key("a"): 1}
print(d[Key("a")])
try:
    d[Key("b", explode_eq=True)]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d[Key("c", True)] = 5
except RuntimeError as e:
    print("setitem:", e, len(d))
try:
    print(Key("z", True) in [1, 2, Key("q")])
except RuntimeError as e:
    print("list contains:", e)
try:
    [Key("a"), Key("b")].index(Key("x", True))
except RuntimeError as e:
    print("index:", e)
class BadHash:
    def __hash__(self):
        raise ValueError("no hashing today")
try:
    {BadHash(): 1}
except ValueError as e:
    print("dict display:", e)
try:
    hash(BadHash())
except ValueError as e:
    print("hash():", e)
class WrongHash:
    def __hash__(self):
        return "str"
try:
    hash(WrongHash())
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
# missing key with custom __repr__ shows in KeyError
class K:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return False
    def __repr__(self):
        return "K()"
try:
    {}[K()]
except KeyError as e:
    print("KeyError", e, e.args[0])
