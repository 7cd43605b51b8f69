# PEP 604: `X | Y` of types builds a types.UnionType.
import types
from dataclasses import dataclass

IntOrStr = int | str
print(IntOrStr, type(IntOrStr), type(IntOrStr).__name__, IntOrStr.__args__)
print(int | None, None | int, int | str | None, (int | str) | (float | int))
print(int | int, list[int] | None, None | dict[str, int], int | list[int])
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(2.5, int | str))
print(isinstance(None, int | None), isinstance(True, str | int), isinstance(3, (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None))
print(int | str == str | int, (int | str) == (int | float), hash(int | str) == hash(str | int))
print(isinstance(int | str, types.UnionType), (int | str).__parameters__)


class A:
    pass


class B(A):
    pass


print(A | B, isinstance(B(), A | int), isinstance(A(), B | int), issubclass(B, A | None))


@dataclass
class Point:
    x: int | float
    y: int | float = 0
    label: str | None = None


print(Point(1, 2.5), Point.__annotations__)


class Config:
    name: str | None = None
    size: int | None


print(Config.__annotations__)
x: list[int] | None = None
print(__annotations__)

for make in [lambda: int | 3, lambda: 3 | int, lambda: int | "str", lambda: None | None,
             lambda: isinstance(3, int | list[int]), lambda: issubclass(int, str | list[str]),
             lambda: types.UnionType(), lambda: isinstance(3, 4)]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
for make in [lambda: isinstance([], int | list[int]), lambda: issubclass(str, str | list[str]),
             lambda: issubclass(list, int | list[int])]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
