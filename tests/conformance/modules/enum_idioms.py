# enum idioms: IntEnum in containers/json/f-strings/match, IntFlag arithmetic, methods on members, StrEnum, tuple values with __init__
import json
from enum import IntEnum, IntFlag, Flag, Enum, auto, unique, StrEnum
class Color(IntEnum):
    RED = 1
    GREEN = 2
print(Color.RED in [1, 2], {Color.RED: 'x'}[1], max(Color.RED, 5), json.dumps(Color.RED), json.dumps({"c": Color.GREEN}))
print(f"{Color.RED!r} {Color.RED!s} {Color.RED:03d} {Color.RED}")
print(Color.RED is Color(1), Color.GREEN == Color["GREEN"], (Color.RED).bit_length())
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.W
print(p, repr(p), Perm.R in p, p & Perm.W == Perm.W, int(p), p | 0, oct(p), list(Perm))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return "%s is %d" % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default(), [s.name for s in Shape])
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ + "!", Mode("w"), json.dumps(Mode.READ), sorted(Mode))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
