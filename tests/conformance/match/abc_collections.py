# match: collections.deque, collections.abc.Sequence/Mapping subclasses and registered classes
from collections import deque, OrderedDict, Counter, defaultdict
from collections.abc import Sequence, Mapping, MutableSequence
match deque([1, 2, 3]):
    case [first, *rest]:
        print("deque", first, rest)
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
match Seq(3):
    case [a, b, c]:
        print("Seq", a, b, c)
class Map(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
match Map({"a": 1, "b": 2}):
    case {"a": a, **rest}:
        print("Map", a, rest)
class Plain:
    def __len__(self): return 2
    def __getitem__(self, i): return i
match Plain():
    case [x, y]:
        print("plain matched?")
    case _:
        print("plain is not a sequence")
class Reg:
    def __len__(self): return 1
    def __iter__(self): return iter([7])
MutableSequence.register(Reg)
match Reg():
    case [x]:
        print("registered", x)
match Counter("aab"):
    case {"a": n}:
        print("counter", n)
match "ab":
    case [x, y]:
        print("str matched?")
    case str():
        print("str is not a sequence pattern subject")
