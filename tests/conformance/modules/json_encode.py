# json.dumps: floats as repr, ints, strings (ensure_ascii on and off), indent, separators, sort_keys, skipkeys, key conversion
import json
vals = [0.1, 1e16, 1e-07, 123456789.123, -0.0, 1e22, 2.0, float('nan'), float('inf'), -float('inf'), 10**40, -5, 0,
        True, False, None, "\x00\x1f\x7f\u2028\"\\/", "caf\u00e9", "\U0001f600", [], {}, (), [[]], {"a": []},
        {"a": {}}, [1, [2, [3]]], {"b": 1, "a": 2}, (1, (2,)), [None, True, "s", 1.5]]
for v in vals:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
    print(json.dumps(v, indent=3))
    print(json.dumps(v, indent=""), json.dumps(v, separators=(",", ":")))
d = {"b": [1, 2], "a": {"y": None, "x": 1.5}, "c": "s"}
print(json.dumps(d, sort_keys=True, indent=4, separators=(", ", " = ")))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent=-1))
print(json.dumps(d, indent="\t", sort_keys=True))
print(json.dumps({"a": 1}, indent=2, separators=(",", ":")))
print(json.dumps({1: 2, "1": 3, 2.5: 4, True: 5, False: 6, None: 7, -3: 8, 10**20: 9, float('inf'): 10}))
print(json.dumps({(1, 2): 3, "a": 1, 1j: 2}, skipkeys=True))
print(json.dumps({"z": 1, "y": 2, "x": {"b": 1, "a": 2}}, sort_keys=True))
class S(str):
    pass
class F(float):
    def __repr__(self):
        return "F!"
class I(int):
    def __repr__(self):
        return "I!"
print(json.dumps([S("a"), F(1.5), I(3), {S("k"): 1, I(2): 2, F(2.5): 3}]))
print(json.dumps([S("a"), F(1.5), I(3)], indent=1))
print(repr(json.JSONEncoder().encode({"x": [1, 2]})))
print(json.JSONEncoder(sort_keys=True, indent=1).encode({"b": 1, "a": 2}))
print(json.JSONEncoder(ensure_ascii=False).encode("\u00e9"), json.JSONEncoder().encode("\u00e9"))
print(''.join(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(json.dumps("plain"), json.dumps(None), json.dumps(3), json.dumps(2.0))
print(json.dumps([1, 2], default=str, indent=None, separators=None))
