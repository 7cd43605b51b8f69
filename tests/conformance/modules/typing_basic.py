# typing: the special forms subscript and print; Generic/Protocol bases; annotated code runs
from typing import Any, List, Dict, Optional, Union, Tuple, Callable, Iterable, TypeVar, Generic, Protocol, cast, ClassVar
from dataclasses import dataclass, fields
T = TypeVar("T")
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Any, T)
print(Optional[List[int]], Union[int, None], Union[int], Callable[[int], str], Iterable[T])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
class Greeter(Protocol):
    def greet(self) -> str: ...
s = Stack()
s.push(1)
print(s.items, cast(int, "x"), List[int] == List[int], List is not list)
def f(x: Optional[int] = None, *rest: Any) -> Dict[str, Any]:
    return {"x": x}
print(f(3))
@dataclass
class C:
    a: int
    b: ClassVar[int] = 5
    c: List[int] = None
print([x.name for x in fields(C)], C(1))
print(List[int](), Dict())
