# copy.copy and copy.deepcopy of built-in, standard-library and user types
import copy, collections, array, re, io, itertools, functools, fractions, decimal, datetime, enum, random, types
from dataclasses import dataclass

@dataclass
class DC:
    a: int
    b: list

class E(enum.Enum):
    A = 1

def show(name, make):
    for fn in (copy.copy, copy.deepcopy):
        try:
            x = make()
            y = fn(x)
            text = y.getvalue() if isinstance(y, io.StringIO) else repr(y)[:60]
            if " at 0x" in text:
                text = "<object>"
            print(name, fn.__name__, type(y).__name__, text, y is x)
        except Exception as e:
            print(name, fn.__name__, "raised", type(e).__name__, e)

show("deque", lambda: collections.deque([1, 2, [3]], maxlen=5))
show("defaultdict", lambda: collections.defaultdict(list, a=[1]))
show("OrderedDict", lambda: collections.OrderedDict(a=1, b=[2]))
show("Counter", lambda: collections.Counter("abca"))
show("namedtuple", lambda: collections.namedtuple("P", "x y")(1, [2]))
show("ChainMap", lambda: collections.ChainMap({1: 2}, {3: 4}))
show("array", lambda: array.array("i", [1, 2, 3]))
show("pattern", lambda: re.compile("a+"))
show("match", lambda: re.match("a", "a"))
show("stringio", lambda: io.StringIO("abc"))
show("count", lambda: itertools.count(3))
show("partial", lambda: functools.partial(max, 1))
show("fraction", lambda: fractions.Fraction(1, 3))
show("decimal", lambda: decimal.Decimal("1.5"))
show("date", lambda: datetime.date(2020, 1, 2))
show("datetime", lambda: datetime.datetime(2020, 1, 2, 3, 4))
show("timedelta", lambda: datetime.timedelta(3))
show("enum", lambda: E.A)
show("dataclass", lambda: DC(1, [2]))
show("random", lambda: random.Random(5))
show("simplens", lambda: types.SimpleNamespace(a=1))
show("bytearray", lambda: bytearray(b"ab"))
show("bytes", lambda: b"ab")
show("complex", lambda: 1+2j)
show("range", lambda: range(3))
show("slice", lambda: slice(1, 2))
show("gen", lambda: (i for i in range(3)))
show("property", lambda: property(lambda s: 1))
show("module", lambda: re)
show("type", lambda: int)
show("func", lambda: show)
show("method", lambda: [].append)
show("exception", lambda: ValueError("x", 1))
show("object", lambda: object())
show("memoryview", lambda: memoryview(b"ab"))
show("frozenset", lambda: frozenset([1]))
show("NotImpl", lambda: NotImplemented)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
show("listsub", lambda: L([1, [2]]))
class D(dict): pass
show("dictsub", lambda: D(a=[1]))
class S(set): pass
show("setsub", lambda: S([1]))
class T(tuple): pass
show("tuplesub", lambda: T([1, [2]]))
class I(int): pass
show("intsub", lambda: I(5))
class St(str): pass
show("strsub", lambda: St("x"))
class F(float): pass
show("floatsub", lambda: F(1.5))
