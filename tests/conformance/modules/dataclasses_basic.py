# dataclasses: fields, defaults, factories, order, frozen, inheritance, __post_init__, asdict/astuple/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5))
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9))
print(Point.__doc__, is_dataclass(p), is_dataclass(Point), is_dataclass(5))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), sorted([V(3), V(1, "a"), V(1)]), hash(V(1)) == hash(V(1)))
try:
    V(1).a = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Sub(Point):
    z: float = 1.5
    def __post_init__(self):
        self.total = self.x + self.y + self.z
s = Sub(1, 2, z=3.0)
print(s, s.total)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), Point.__hash__ is None)
@dataclass
class Inner:
    pts: list
print(asdict(Inner([Point(1), Point(2)])))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
