# match: runtime errors of class patterns, dict subclasses and defaultdict, sequences vs str/set/iterators, dotted values
class A: pass
x = 5
try:
  match 1:
    case x.real(): pass
except Exception as e: print(type(e).__name__, e)
try:
  match 1:
    case int(1, 2): pass
except Exception as e: print(type(e).__name__, e)
class B:
  __match_args__ = ['a']
try:
  match B():
    case B(1): pass
except Exception as e: print(type(e).__name__, e)
class C:
  __match_args__ = (1,)
try:
  match C():
    case C(1): pass
except Exception as e: print(type(e).__name__, e)
class D:
  __match_args__ = ('a', 'a')
  a = 1
try:
  match D():
    case D(1, 1): pass
except Exception as e: print(type(e).__name__, e)
try:
  match D():
    case D(1, a=1): pass
except Exception as e: print(type(e).__name__, e)
try:
  match {1: 2}:
    case {x.real: 1, 1: 2}: pass
except Exception as e: print(type(e).__name__, e)
try:
  match 1:
    case A(1): pass
except Exception as e: print(type(e).__name__, e)
try:
  match A():
    case A(1): pass
except Exception as e: print(type(e).__name__, e)
from collections import defaultdict, OrderedDict, Counter
d = defaultdict(list)
d["a"] = 1
match d:
    case {"a": 1, "b": _}:
        print("b?")
    case {"a": a}:
        print("defaultdict a", a, dict(d))
class MyList(list): pass
class MyDict(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match MyList([1, 2]):
    case [x, y]:
        print("mylist", x, y)
match MyDict(q=5):
    case {"q": q, **rest}:
        print("mydict", q, rest)
match OrderedDict(a=1, b=2):
    case {"b": b, **rest}:
        print("od", b, rest)
for subj in ["abc", "ab", {1, 2}, frozenset(), iter([1]), 3]:
    match subj:
        case [*_]:
            print("seq", subj)
        case _:
            print("not seq", type(subj).__name__)
match {1: "a", 2: "b"}:
    case {1: x, 2: y}:
        print(x, y)
class K:
    def __init__(self): self.q = 1
match K():
    case K(q=1, missing=2):
        print("no")
    case K(q=q):
        print("q", q)
match 5:
    case bool():
        print("bool")
    case int(x) if x > 3:
        print("int", x)
match True:
    case int(v):
        print("bool is int", v)
match (1, 2, 3, 4, 5):
    case (1, *mid, 5):
        print(mid)
match range(3):
    case [0, *r]:
        print(r)
match [1, 2]:
    case (a, b, *c):
        print(a, b, c)
match {"x": [1, {"y": 2}]}:
    case {"x": [1, {"y": (2 | 3) as yv}]}:
        print("yv", yv)
k = 1
match 5:
    case 1 | 2:
        pass
    case other:
        print("other", other)
import math
match 3.141592653589793:
    case math.pi:
        print("pi")
class Color:
    RED = 0
    GREEN = 1
match 1:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
