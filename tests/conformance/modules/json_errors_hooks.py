# json: encoder errors (unserializable, keys, NaN, circular), default=, subclassed JSONEncoder/JSONDecoder, decode hooks, dump/load
import json, io
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False),
            lambda: json.dumps({1.0: float('inf')}, allow_nan=False), lambda: json.dumps({"a": 1, 1: 2}, sort_keys=True),
            lambda: json.dumps(b"x"), lambda: json.dumps({1j: 1}), lambda: json.dumps({float('nan'): 1}, allow_nan=False),
            lambda: json.dumps([1, {2, 3}], indent=2), lambda: json.dumps(-float("inf"), allow_nan=False, indent=1),
            lambda: json.dump([float("nan")], io.StringIO(), allow_nan=False), lambda: json.dumps({float("inf"): 1}, allow_nan=False, indent=0)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = [1]
l.append(l)
for f in [lambda: json.dumps(l), lambda: json.dumps(l, indent=1)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
d = {}
d["x"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
class P:
    def __init__(self):
        self.me = self
try:
    json.dumps(P(), default=lambda o: o.me)
except ValueError as e:
    print(e)
print(json.dumps(P(), default=lambda o: "P"))
print(json.dumps(object(), default=lambda o: {"obj": True}))
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, P):
            return {"P": 1}
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "p": P()}, cls=Enc))
print(Enc(indent=1, sort_keys=True).encode({"s": {1}, "a": 0}))
try:
    json.dumps({"s": object()}, cls=Enc)
except TypeError as e:
    print(e)
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Dec))
print(Dec().raw_decode('[1] rest'))
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: 1, object_pairs_hook=lambda p: ("P", p)))
print(json.loads('[1.5, 2, 1e3, -7]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('"a\tb\nc"', strict=False))
print(json.JSONDecoder(strict=False).decode('["\x01"]'))
def hook(d):
    raise KeyError("from hook")
try:
    json.loads('[{"a": 1}]', object_hook=hook)
except KeyError as e:
    print("KeyError", e)
buf = io.StringIO()
json.dump({"k": [1, 2, {"z": None}], "\u00e9": "\u00e9"}, buf, indent=2, sort_keys=True, ensure_ascii=False)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('[1, 2]'), parse_int=float))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
json.dump([1, "two", {"3": 4.0}], w)
print(''.join(w.parts))
class R:
    def read(self):
        return '{"from": "reader"}'
print(json.load(R()))
data = {"name": "ouro", "tags": ["vm", "jit"], "n": [1, 2.5, -3e-5, 10**25], "nested": {"t": (1, 2), "u": None}}
text = json.dumps(data, indent=2, sort_keys=True)
print(json.loads(text) == {"name": "ouro", "tags": ["vm", "jit"], "n": [1, 2.5, -3e-5, 10**25], "nested": {"t": [1, 2], "u": None}})
for sep in [None, (",", ":"), (" ,", " : ")]:
    for ind in [None, 0, 2, "\t", " \n "]:
        s = json.dumps(data, indent=ind, separators=sep, ensure_ascii=False)
        assert json.loads(s)["n"] == [1, 2.5, -3e-5, 10**25], s
print("round trips ok")
