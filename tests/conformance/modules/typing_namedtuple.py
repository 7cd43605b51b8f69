# typing.NamedTuple: class syntax (annotated fields, defaults, methods,
# docstring) and the functional forms.
from typing import NamedTuple, Optional, get_type_hints


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)


p = Point(3, -4)
print(p, p.norm1(), p.swapped, p.x, p[1], len(p))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(Point.__doc__, Point.__mro__, type(Point), isinstance(p, tuple))
print(p._replace(label="a"), p._asdict(), Point._make([1, 2, "z"]))
print(Point(x=1, label="q"), p == (3, -4, None), hash(p) == hash((3, -4, None)))
x, y, label = p
print(x, y, label, repr(Point.__name__), Point.__qualname__, Point.__module__)
print(get_type_hints(Point))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)


class Employee(NamedTuple):
    name: str
    id: int = 3


print(Employee("Guido"), Employee("a", 5).id)

Pair = NamedTuple("Pair", [("first", int), ("second", str)])
print(Pair(1, "b"), Pair._fields, Pair.__annotations__)
Kw = NamedTuple("Kw", a=int, b=float)
print(Kw(1, 2.5), Kw.__annotations__)
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields)


class Sub(Point):
    def total(self):
        return self.x + self.y


print(Sub(1, 2).total(), Sub(1, 2), Sub.__mro__)

for make in [
    lambda: NamedTuple("Bad", [("a", int)], b=int),
    lambda: type("X", (), {}) and exec("class B(NamedTuple):\n    a: int = 1\n    b: int\n", {"NamedTuple": NamedTuple}),
    lambda: exec("class B(NamedTuple):\n    a: int = 1\n    c: int = 2\n    b: int\n", {"NamedTuple": NamedTuple}),
    lambda: exec("class B(NamedTuple):\n    a: int\n    def _asdict(self): pass\n", {"NamedTuple": NamedTuple}),
    lambda: exec("class B(NamedTuple, int):\n    a: int\n", {"NamedTuple": NamedTuple}),
]:
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
