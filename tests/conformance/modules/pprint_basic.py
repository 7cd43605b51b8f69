# pprint: pformat/pprint/pp of nested containers at several widths, indents, depths and compact mode
import pprint

data = {
    "name": "ouro",
    "numbers": list(range(30)),
    "nested": {"b": [1, 2, {"deep": ("x", "y", "z")}], "a": (1,), "c": set()},
    "words": ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"),
    "empty": [[], {}, (), ""],
    3: 4.5,
    "flags": {True, False},
    "frozen": frozenset({3, 1, 2}),
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, width=60, compact=True)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat(list(range(40)), width=30))
print(pprint.pformat([[1, 2], [3, 4]], width=1))
print(pprint.pformat((1,), width=1), pprint.pformat([], width=1), pprint.pformat({}, width=1))
print(pprint.pformat({"x": [1, 2, 3] * 10}, indent=2, width=30))
print(pprint.pformat([("a", 1), ("b", 2)] * 8, width=40, compact=True))
print(pprint.pformat(10**20, underscore_numbers=True), pprint.pformat([10**8], underscore_numbers=True))
print(pprint.pformat({1: "a", "b": 2, (1, 2): None, 2.5: 0}))
print(pprint.pformat({3, "x", 1, (1,), 2.0}, width=10))

# Long strings and bytes break between words / every four bytes.
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint([text, "short"], width=50)
pprint.pprint({"key": text + "\nSecond line\n"}, width=40)
pprint.pprint(b"0123456789abcdef" * 8, width=40)
pprint.pprint(bytearray(b"0123456789" * 9))
pprint.pprint([b"ab", bytearray(b"xy")], width=3)
print(pprint.pformat("x" * 100, width=20))

# Subclasses print by their repr unless they keep the base's.
class MyList(list):
    pass

class Shown(list):
    def __repr__(self):
        return "Shown(%d items)" % len(self)

print(pprint.pformat(MyList(range(30)), width=20))
print(pprint.pformat(Shown(range(30)), width=20))
print(pprint.pformat([Shown([1]), MyList([2])], width=5))
