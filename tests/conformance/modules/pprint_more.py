# pprint: collections types, dataclasses, namespaces, recursion, saferepr/isreadable/isrecursive, PrettyPrinter and its errors
import pprint
import collections
import dataclasses
import io
import types

od = collections.OrderedDict((str(i), i * i) for i in range(12))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {"a": list(range(20)), "b": [1]})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter("abracadabra simsalabim hocus pocus")
pprint.pprint(c, width=40)
pprint.pprint(collections.Counter())
pprint.pprint(collections.deque(range(25)), width=40)
pprint.pprint(collections.deque(range(25), maxlen=30), width=40)
pprint.pprint(collections.deque())
pprint.pprint(collections.ChainMap({"a": list(range(10))}, {"b": "x" * 30}), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta="text", gamma={"k": 1}), width=40)

@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = dataclasses.field(default="p", repr=False)

pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint([Point(2, [])], width=10)
print(pprint.pformat(Point(3, [4])))

# Recursive containers.
a = [1, 2]
a.append(a)
d = {"self": None}
d["self"] = d
print(pprint.pformat(a).startswith("[1, 2, <Recursion on list with id="))
print(pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.saferepr([1, "x", (2,)]), pprint.saferepr({"b": 1, "a": 2}))
print(pprint.isreadable([1, "x", (2,)]), pprint.isreadable([object()]), pprint.isreadable(a))
print(pprint.isrecursive(a), pprint.isrecursive(d), pprint.isrecursive([[1]]))
print(pprint.saferepr(a).startswith("[1, 2, <Recursion on list"))

# A PrettyPrinter writing to its own stream.
buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, depth=2, stream=buf)
pp.pprint({"a": [1, [2, [3]]], "b": list(range(12))})
print(buf.getvalue(), end="")
print(pp.pformat([1, [2, [3, [4]]]]))
print(pp.isreadable([1, 2]), pp.isrecursive([1, 2]), pp.isreadable([[[1]]]))
print(pprint.PrettyPrinter().format([1, {"a": 2}], {}, 0, 0))

class Sub(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return pprint.PrettyPrinter.format(self, object, context, maxlevels, level)

print(Sub(width=20).pformat(["abc", ["def", "ghi"], {"k": "v"}]))

for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -2}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
try:
    pprint.PrettyPrinter(indent="x")
except ValueError as e:
    print("ValueError:", e)
print(sorted(pprint.__all__))
