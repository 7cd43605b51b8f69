import pickle
import io

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, -2**31,
    2**31, -2**31 - 1, 2**63, -2**64 - 1, 10**40, -(10**40), 2**2050,
    0.0, -0.0, 1.5, 0.1, 1e300, -2.5e-300, float("inf"), float("-inf"),
    "", "a", "hello world", "caf\u00e9", "\u20ac", "\U0001f600", "back\\slash",
    "line\nbreak\r\x00\x1a", "x" * 300,
    b"", b"abc", b"\x00\xff\x80", b"z" * 300,
    bytearray(), bytearray(b"ab\x00"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], [1], [1, "two", 3.0], {}, {"a": 1}, {"a": [1, 2], "b": (3,), 4: None},
    set(), {1, 2, 3}, frozenset(), frozenset({5, 6}),
    [[1, 2], {"k": (None, True)}, ((), [])],
]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        print(proto, type(v).__name__, data, same, type(back).__name__)
    print(pickle.dumps(v) == pickle.dumps(v, pickle.DEFAULT_PROTOCOL))

# Shared and recursive structures use the memo.
shared = [1, 2]
obj = [shared, shared, (shared,), {"s": shared}]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1] is back[2][0] is back[3]["s"])
rec = [1]
rec.append(rec)
d = {}
d["self"] = d
t = ([],)
t[0].append(t)
for proto in range(6):
    back = pickle.loads(pickle.dumps(rec, proto))
    print(proto, pickle.dumps(rec, proto), back[1] is back)
    back = pickle.loads(pickle.dumps(d, proto))
    print(proto, pickle.dumps(d, proto), back["self"] is back)
    back = pickle.loads(pickle.dumps(t, proto))
    print(proto, pickle.dumps(t, proto), back[0][0] is back)

# Large containers are written in batches of 1000.
big = list(range(2500))
bd = {i: str(i) for i in range(1200)}
bs = set(range(1500))
for proto in (0, 1, 2, 4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data[:40], data[-30:], pickle.loads(data) == big)
    data = pickle.dumps(bd, proto)
    print(proto, len(data), data[-30:], pickle.loads(data) == bd)
    data = pickle.dumps(bs, proto)
    print(proto, len(data), pickle.loads(data) == bs)

# Framing: frames of about 64 KB, big bytes and strs outside frames.
for v in [b"q" * 70000, "s" * 70000, [b"a" * 40000, b"b" * 40000], ["t" * 1000] * 100,
          [str(i) * 50 for i in range(3000)]]:
    for proto in (4, 5):
        data = pickle.dumps(v, proto)
        print(proto, len(data), data[:14], data[-20:], pickle.loads(data) == v)

# dump/load through files, several pickles in one file.
f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump("second", f, protocol=0)
pickle.dump({"third": 3}, f, 5)
print(f.getvalue())
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)

# Negative protocol means the highest.
print(pickle.dumps(1, -1), pickle.dumps(None, protocol=-3))
