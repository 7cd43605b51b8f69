# enum.IntEnum and enum.StrEnum: int/str members, comparisons, arithmetic, str/format, lookup, auto
from enum import IntEnum, StrEnum, Enum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

print(repr(Priority.LOW), str(Priority.LOW), Priority.LOW, format(Priority.HIGH), f"{Priority.MEDIUM:>4}")
print(Priority.LOW == 1, Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.MEDIUM + 1, Priority.HIGH * 2)
print(isinstance(Priority.LOW, int), isinstance(Priority.LOW, Priority), type(Priority.LOW + 0).__name__)
print(Priority(2), Priority["HIGH"], list(Priority), len(Priority))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), sum(Priority))
print(Priority.LOW.name, Priority.LOW.value, hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])
print([p for p in Priority if p >= 2], Priority.MEDIUM in Priority, int(Priority.HIGH), "%d" % Priority.HIGH)
print(list(range(Priority.HIGH)), [10, 20, 30, 40][Priority.MEDIUM])

class Level(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()

print(list(Level), Level.D.value, Level(11))
print(Priority.__members__.keys())
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)

class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    Blue = auto()

print(repr(Color.RED), str(Color.RED), Color.RED == "red", Color.Blue.value, Color("green"), Color.RED.upper())
print(f"{Color.GREEN}", "-".join(Color), isinstance(Color.RED, str))

class Mixed(int, Enum):
    ONE = 1
    TWO = 2

print(repr(Mixed.ONE), str(Mixed.ONE), format(Mixed.TWO), Mixed.ONE + Mixed.TWO)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
try:
    class BadInt(IntEnum):
        A = "x"
except ValueError as e:
    print("ValueError:", e)
print(Priority.LOW.__class__.__name__, Priority.HIGH // 2, -Priority.LOW, abs(Priority.LOW), bool(Priority.LOW))
