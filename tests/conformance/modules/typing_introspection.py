# typing: get_origin, get_args, get_type_hints, None as NoneType in type
# arguments, unions equal as sets (also to `X | Y`), the collections aliases.
import collections
import typing
from typing import Callable, Dict, List, Literal, Optional, Tuple, Union

print(Callable[[int], None], List[None], Union[int, None, str], Tuple[int, ...], Optional[int])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), Optional[int] == (int | None))
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int | str, float], Optional[int].__args__)
print(Optional[int] | str, int | Optional[str], List[int | None])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | str))
print(typing.get_args(Optional[int]), typing.get_origin(list[int]), typing.get_args(list[int]))
print(typing.get_origin(int), typing.get_args(int), typing.get_origin(Union[int, str]), typing.get_origin(List))
print(typing.get_args(Callable[[int, str], bool]), typing.get_origin(Callable[[int], str]))
print(typing.get_origin(Literal[1, 2]), typing.get_args(Literal[1, 2, None]), typing.get_args(int | None))
print(typing.DefaultDict[str, int], typing.Deque[int], typing.Counter[str], typing.OrderedDict[str, int])
print(typing.get_origin(typing.Deque[int]), typing.get_origin(typing.DefaultDict[str, int]))
print(typing.Awaitable[int], typing.AsyncIterator[str], typing.ChainMap[str, int], typing.AnyStr.__constraints__)
d = typing.DefaultDict(list)
print(type(d).__name__, typing.Deque([1, 2]), typing.Counter("aab"))


class A:
    x: int
    y: "str"
    z: Optional[int] = None
    n: None = None


class B(A):
    w: list[int]
    u: "Dict[str, B]"


print(typing.get_type_hints(B))
print(typing.get_type_hints(A))


@typing.dataclass_transform()
def model(cls):
    return cls


print(model.__dataclass_transform__["eq_default"])
