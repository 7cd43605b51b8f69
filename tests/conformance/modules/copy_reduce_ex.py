# object.__reduce_ex__, __reduce__, __getstate__ and copy through them
import copy
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is Point, r[2])
r = p.__reduce_ex__(4)
print(r[0].__name__, len(r), r[2], r[3], r[4])
r = p.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1], r[2])
r = p.__reduce__()
print(r[0] is copyreg._reconstructor, r[1], r[2])
print(p.__getstate__())
print(object().__getstate__())
print(object.__reduce_ex__(p, 2)[2])
print(callable(object.__reduce__), callable(object.__getstate__))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.__getstate__())
print(s.__reduce_ex__(2)[2])


class Both:
    __slots__ = ("a", "__dict__")


b = Both()
b.a = 5
b.z = 6
print(b.__getstate__())


class Custom:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        rv = super().__reduce_ex__(proto)
        return rv

    def __repr__(self):
        return f"Custom({self.v})"


c = Custom(3)
c2 = pickle.loads(pickle.dumps(c, 2))
print(c2, c2.v)
c3 = copy.copy(c)
print(c3, c3 is c)
c4 = copy.deepcopy([c, c])
print(c4, c4[0] is c4[1])


class ViaReduce:
    def __init__(self, *args):
        print("init", args)
        self.args = args

    def __reduce__(self):
        return (ViaReduce, self.args)


v = ViaReduce(1, [2])
print(v.__reduce_ex__(2))
w = copy.copy(v)
print(w.args, w.args[1] is v.args[1])
w = copy.deepcopy(v)
print(w.args, w.args[1] is v.args[1])
w = pickle.loads(pickle.dumps(v))
print(w.args)


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        state = super().__getstate__().copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


ws = copy.copy(WithState())
print(ws.a, ws.cache)
ws = pickle.loads(pickle.dumps(WithState()))
print(ws.a, ws.cache)


class MyList(list):
    pass


ml = MyList([1, 2, 3])
ml.tag = "t"
cl = copy.copy(ml)
print(type(cl).__name__, cl, cl.tag)
dl = copy.deepcopy(ml)
print(type(dl).__name__, dl, dl.tag)
print(ml.__reduce_ex__(2)[0] is copyreg.__newobj__, ml.__reduce_ex__(2)[2])


class MyDict(dict):
    pass


md = MyDict(a=1)
print(copy.deepcopy(md), type(copy.copy(md)).__name__)


class StrRed:
    def __reduce__(self):
        return "srd"


srd = StrRed()
print(copy.copy(srd) is srd, copy.deepcopy(srd) is srd)


class NewArgs:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


na = copy.copy(NewArgs(7))
print(type(na).__name__, na.n)
print(NewArgs(7).__reduce_ex__(2)[1][1:])

try:
    object.__reduce_ex__(p)
except TypeError as e:
    print("TypeError", e)
try:
    (1).__reduce_ex__("x")
except TypeError as e:
    print("TypeError", e)
print((5).__reduce_ex__(2)[0] is copyreg.__newobj__, (5).__reduce_ex__(2)[1])

# Exceptions reduce to their class, args and attributes.
e = ValueError("x", 1)
e.note = 3
f = pickle.loads(pickle.dumps(e))
print(repr(f), f.note, repr(copy.copy(e)), copy.deepcopy(e).note)
print(ValueError("q").__reduce__())
print(KeyError("k").__reduce_ex__(2))


class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


try:
    copy.copy(NeedsArgs(1, 2))
except TypeError as e:
    print("TypeError", e)

# random.Random keeps its generator's state through copy and pickle.
import random

r = random.Random(5)
r.random()
c = copy.copy(r)
d = copy.deepcopy(r)
print(r.random() == c.random() == d.random())
p = pickle.loads(pickle.dumps(random.Random(9)))
print(p.random() == random.Random(9).random())


class R(random.Random):
    def __init__(self, x=0):
        super().__init__(x)
        self.tag = "t"


rr = R(3)
rr.random()
cc = copy.deepcopy(rr)
print(type(cc).__name__, cc.tag, cc.random() == rr.random())
