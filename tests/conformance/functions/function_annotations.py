# A function's __annotations__: its parameters' and return annotations,
# evaluated when the def runs; an empty dict made at first read.
from typing import Optional, Callable
def f(a: int, b: "str" = "x", *args: float, c: list[int], d=1, **kw: dict) -> bool:
    return True
def g(x, /, y: int): pass
def h(): pass
print(f.__annotations__)
print(g.__annotations__, h.__annotations__, h.__annotations__ is h.__annotations__)
h.__annotations__ = {'x': 1}
print(h.__annotations__, h.__dict__)
try:
    h.__annotations__ = 5
except TypeError as e:
    print(e)
class C:
    def m(self, x: Optional[int]) -> "C": ...
print(C.m.__annotations__)
import functools
@functools.wraps(f)
def w(*a): pass
print(w.__annotations__)
try:
    def bad(x: Undefined): pass
except NameError as e:
    print(e)
import typing
print(typing.get_type_hints(f))
