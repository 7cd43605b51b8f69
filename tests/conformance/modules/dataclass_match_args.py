# dataclass sets __match_args__ (the positional __init__ fields), so class
# patterns match positionally.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int = 0
    hidden: list = field(default_factory=list, init=False)
    _: KW_ONLY
    label: str = ""


@dataclass(match_args=False)
class NoArgs:
    a: int


@dataclass
class Custom:
    a: int
    b: int
    __match_args__ = ("b",)


print(Point.__match_args__, hasattr(NoArgs, "__match_args__"), Custom.__match_args__)
for obj in [Point(1, 2), Point(0, 5, label="o"), Custom(1, 2), NoArgs(3)]:
    match obj:
        case Point(0, y, label=lab):
            print("on the y axis", y, repr(lab))
        case Point(x, y):
            print("point", x, y)
        case Custom(b):
            print("custom b", b)
        case NoArgs(a=a):
            print("no args", a)
try:
    match NoArgs(1):
        case NoArgs(a):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    dataclass(weakref_slot=True)(type("W", (), {}))
except TypeError as e:
    print("TypeError:", e)
