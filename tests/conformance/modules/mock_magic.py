# unittest.mock: MagicMock's configured magic methods, user-set magic methods, PropertyMock, mock_open
from unittest.mock import Mock, MagicMock, NonCallableMagicMock, PropertyMock, mock_open, call


def r(obj):
    return repr(obj).split(" id=")[0] + ">"


m = MagicMock()
print(len(m), bool(m), int(m), float(m), complex(m), 3 in m, m == m, m != m, m == 1, m != 1)
print(list(iter(m)), m.__index__(), hash(m) == hash(m), str(m) == repr(m))
print([x for x in m])
print(r(m[0]), r(m["k"]), r(m.__getitem__.return_value))
m[1] = 2
del m[3]
print([c[0] for c in m.mock_calls], m.mock_calls[-3:])
print(m.__lt__(1), m.__gt__(1), m.__exit__(None, None, None))
with m as entered:
    print(r(entered), entered is m.__enter__.return_value)
print(r(m + 1), r(1 + m), r(m - 2), r(m * 3), r(-m), r(abs(m)), r(~m))
n = MagicMock()
n += 1
print(r(n))

# Configuring the magic methods.
k = MagicMock()
k.__len__.return_value = 5
k.__iter__.return_value = [1, 2, 3]
k.__contains__.side_effect = lambda item: item == "yes"
k.__getitem__.side_effect = lambda key: key * 2
k.__bool__.return_value = False
k.__int__.return_value = 10
k.__eq__.return_value = True
k.__str__.return_value = "text"
k.__enter__.return_value = "entered"
k.__exit__.return_value = True
print(len(k), [x for x in k], [x for x in k], "yes" in k, "no" in k, k[4], k["ab"], bool(k), int(k))
print(k == 99, str(k))
with k as v:
    print(v)
    raise ValueError("swallowed")
print("after with")
print(k.__len__.call_count, k.__getitem__.call_args_list)
print([c for c in k.mock_calls if c[0] not in ("__iter__", "__exit__")], k.__exit__.call_args[0][:2])
print(r(k.__len__), r(k.__iter__))

# Assigning functions and mocks as magic methods.
f = Mock()
f.__len__ = lambda self: 11
f.__iter__ = Mock(return_value=iter(["a", "b"]))
f.__getitem__ = lambda self, i: i + 100
print(len(f), list(f), f[1], f.mock_calls)
try:
    len(Mock())
except TypeError as e:
    print("TypeError:", e)
try:
    Mock().__len__
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.__getattr__ = lambda self, n: 1
except AttributeError as e:
    print("AttributeError:", e)
g = MagicMock()
del g.__len__
try:
    len(g)
except TypeError as e:
    print("TypeError:", e)
print(MagicMock() == MagicMock(), Mock() == Mock())
h = MagicMock()
print(h.__iter__.return_value is not None, list(h), h.__iter__.call_count)

# Spec'd MagicMock only has the spec's magic methods.
sm = MagicMock(spec=["__len__", "foo"])
print(len(sm), r(sm.foo))
try:
    iter(sm)
except TypeError as e:
    print("TypeError:", e)
nm = NonCallableMagicMock()
print(len(nm), r(nm.child), r(nm.child()))
try:
    nm()
except TypeError as e:
    print("TypeError:", e)

# PropertyMock.
class Holder:
    pass

prop = PropertyMock(return_value=7)
type_ = type("Dyn", (), {"value": prop})
obj = type_()
print(obj.value)
obj.value = 8
print(prop.mock_calls)
mp = MagicMock()
p2 = PropertyMock(side_effect=[1, 2])
type(mp).size = p2
print(mp.size, mp.size, p2.call_count)

# mock_open.
opener = mock_open(read_data="line1\nline2\nline3\n")
with opener("path.txt") as fh:
    print(repr(fh.read()))
with opener("path.txt") as fh:
    print(repr(fh.readline()), repr(fh.readline()), fh.readlines())
with opener("path.txt") as fh:
    print([line for line in fh])
handle = opener()
handle.write("data")
print(opener.call_args_list, handle.write.call_args, handle.write.call_count)
opener.assert_called_with()
print(opener.mock_calls[:3])
bopen = mock_open(read_data=b"\x00\x01")
print(bopen().read())
