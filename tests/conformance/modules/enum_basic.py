# enum: members, values, lookup by value and name, iteration, aliases, auto, unique
from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    def describe(self):
        return "%s is %d" % (self.name, self.value)
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.BLUE.describe())
print(Color(2), Color["BLUE"], Color.ALIAS, Color.ALIAS is Color.RED, Color(1) is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], Color.RED in Color)
print(repr(Color), type(Color.RED) is Color, isinstance(Color.GREEN, Color), isinstance(Color.RED, Enum))
print(Color.__members__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"))
print(f"{Color.RED}|{Color.GREEN!r}|{Color.BLUE:>12}|", str(Color.BLUE), {Color.RED: "r"}[Color.ALIAS])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    POINT = auto()
print(list(Shape), Shape.POINT.value)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def parse(cls, s):
        return cls(s.lower())
print(Status.parse("ACTIVE"), Status("inactive").name, sorted(s.value for s in Status))
counts = {}
for i in range(100):
    c = Color((i % 3) + 1)
    counts[c] = counts.get(c, 0) + 1
print(counts)
