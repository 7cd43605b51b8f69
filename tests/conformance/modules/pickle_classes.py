import pickle
import copyreg
import io


class Plain:
    def __init__(self, x=1):
        self.x = x
        self.items = [x, "a"]

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)


class Empty:
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class SlotsAndDict:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = "slot"
        self.d = "dict"


class WithState:
    def __init__(self):
        self.v = 5
        self.cache = "drop me"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"]
        self.restored = True


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), {"proto": proto})


class NewArgs:
    def __new__(cls, n):
        obj = object.__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, n, *, k=0):
        obj = object.__new__(cls)
        obj.n, obj.k = n, k
        return obj

    def __getnewargs_ex__(self):
        return ((self.n,), {"k": self.k})


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyFloat(float):
    pass


class Outer:
    class Inner:
        def method(self):
            return 1


class ByName:
    def __reduce__(self):
        return "BY_NAME"


BY_NAME = ByName()


def set_state(obj, state):
    obj.__dict__.update(state)
    obj.via_setter = True


class Setter:
    def __reduce__(self):
        return (Setter, (), {"a": 1}, None, None, set_state)


class Items:
    def __init__(self):
        self.log = []

    def append(self, x):
        self.log.append(x)

    def __reduce__(self):
        return (Items, (), None, iter([1, 2, 3]))


def top_level(x):
    return x * 2


def show(obj):
    if isinstance(obj, (list, dict, int, str, tuple, float)):
        return type(obj).__name__ + " " + repr(obj) + " " + repr(getattr(obj, "__dict__", None))
    if isinstance(obj, type) or callable(obj):
        return repr(obj) if isinstance(obj, type) else obj.__qualname__
    slots = {}
    for name in getattr(type(obj), "__slots__", ()):
        if name != "__dict__" and hasattr(obj, name):
            slots[name] = getattr(obj, name)
    attrs = {k: v for k, v in getattr(obj, "__dict__", {}).items() if k not in slots}
    return type(obj).__name__ + " " + repr(attrs) + " " + repr(slots)


ml = MyList([1, 2])
ml.tag = "t"
md = MyDict(a=1)
objects = [Plain(3), Empty(), Slotted(), SlotsAndDict(), WithState(), Reduced(1, "two"),
           ReducedEx(), NewArgs(7), NewArgsEx(4, k=9), ml, md, MyInt(5), MyStr("s"),
           MyTuple((1, 2)), MyFloat(2.5), Outer, Outer.Inner, Plain, BY_NAME, Setter(),
           Items(), top_level, len, copyreg.pickle, type(None), int, Outer.Inner.method,
           copyreg._reconstructor]
for obj in objects:
    for proto in range(6):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(obj).__name__, "error", type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, data)
        print("   ", show(back), back is obj)

# Shared instances and cycles through instances.
p = Plain(1)
p.me = p
group = [p, p, Plain(2)]
for proto in range(6):
    data = pickle.dumps(group, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1], back[0].me is back[0], back[2].x)


# persistent_id / persistent_load.
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Plain):
            return "plain-%d" % obj.x
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for proto in range(6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Plain(1), "x", Plain(2)])
    print(proto, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())


# dispatch_table and reducer_override.
class TablePickler(pickle.Pickler):
    dispatch_table = {Plain: lambda obj: (Reduced, (obj.x, "from table"))}


f = io.BytesIO()
TablePickler(f, 2).dump(Plain(8))
print(f.getvalue(), show(pickle.loads(f.getvalue())))


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 13:
            return (int, ("14",))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 3).dump([13, 12])
print(f.getvalue(), pickle.loads(f.getvalue()))

copyreg.pickle(Empty, lambda obj: (Empty, (), {"registered": True}))
print(pickle.dumps(Empty(), 2), show(pickle.loads(pickle.dumps(Empty()))))
print(pickle.loads(pickle.dumps(Plain(4))) == Plain(4))
