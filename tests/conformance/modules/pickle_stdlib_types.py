import pickle
import collections
import decimal
import datetime
import enum
import fractions


class Color(enum.Enum):
    RED = 1


class Flags(enum.IntFlag):
    A = 1
    B = 2


Point = collections.namedtuple("Point", "x y")
d = collections.deque([1, 2], maxlen=5)
od = collections.OrderedDict(a=1, b=[2])
dd = collections.defaultdict(list, a=[1])
objs = [fractions.Fraction(1, 3), decimal.Decimal("1.50"), datetime.timedelta(3, 4, 5),
        Point(1, 2), Color.RED, Flags.A | Flags.B, od, collections.deque([1]), d,
        collections.Counter(a=2, b=1), dd, collections.defaultdict(None, z=0),
        1 + 2j, complex(-0.0, 3), range(3), range(1, 10, 2), slice(1, 2), slice(None, 5, -1)]
for o in objs:
    for proto in range(6):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        print(proto, type(o).__name__, data)
        print("   ", repr(back), back == o, type(back) is type(o))
print(pickle.loads(pickle.dumps(d)).maxlen, pickle.loads(pickle.dumps(dd))["new"])
