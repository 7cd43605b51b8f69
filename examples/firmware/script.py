# The firmware examples' script (examples/firmware): compiled to bytecode on
# the host by build.rs and run from that bytecode on the emulated board.
# Expected output: expected.txt (CPython 3.11 prints the same); exit status 42.
import sys


class Sensor:
    def __init__(self, name, scale):
        self.name = name
        self.scale = scale
        self.readings = []

    def record(self, raw):
        self.readings.append(raw * self.scale)

    def __repr__(self):
        return f"Sensor({self.name!r}, {len(self.readings)} readings)"


def samples(n):
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        yield x % 1000


sensors = {"temp": Sensor("temp", 0.5), "light": Sensor("light", 2)}
for i, raw in enumerate(samples(20)):
    sensors["temp" if i % 2 else "light"].record(raw)

for name, s in sorted(sensors.items()):
    print(name, s, "max", max(s.readings), "sum", sum(s.readings))
print({k: round(sum(v.readings) / len(v.readings), 2) for k, v in sensors.items()})
print([n * n for n in range(10) if n % 3], 2**62, divmod(-7, 2))
# What firmware builds leave out (vm-core's complex, bytes and unicode-case
# features) raises NotImplementedError naming the feature there, never a
# panic, and an int beyond 64 bits (the big-int feature) OverflowError;
# CPython computes it. Either way nothing is printed.
for part in (lambda: 2j * 2j, lambda: b"ab".decode(), lambda: "\u00e9".upper(), lambda: 2**70):
    try:
        part()
    except (NotImplementedError, OverflowError):
        pass
# Short-lived objects, many more than the heap has slots for: the
# collector runs before the slot table must grow past what the heap limit
# affords (it used to grow until the allocator failed, a panic).
last = None
for i in range(5000):
    last = [i, str(i), Sensor("s", i)]
print("made 5000 lists, the last", last)
# Containers grown until the memory runs out: on the board each ends in a
# MemoryError the script catches (the allocator refuses the next, larger
# buffer; that used to abort the device), under CPython each is done.
# Either way the script goes on.
def fill(kind):
    try:
        x = "ab" if kind == "str" else {} if kind == "dict" else set() if kind == "set" else []
        for i in range(100000):
            if kind == "list":
                x.append(i)
            elif kind == "str":
                x = x + x if len(x) < 1 << 20 else x
            elif kind == "dict":
                x[i] = i
            else:
                x.add(i)
        return "done"
    except MemoryError:
        return "done"


print("filled:", [fill(kind) for kind in ("list", "str", "dict", "set")])
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
sys.exit(42)
