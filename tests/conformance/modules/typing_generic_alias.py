# User generic classes: Base[int] is an alias that prints, compares, instantiates
# (setting __orig_class__) and subclasses (__mro_entries__) as CPython's does.
from typing import Generic, TypeVar, List, Protocol, Iterator, get_origin, get_args, Dict, runtime_checkable
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Stack(Generic[T]):
    kind = "stack"
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
class IntStack(Stack[int]): pass
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V): self.k, self.v = k, v
class Both(Stack[str], Pair[str, int]): pass
s = Stack[int](); s.push(1)
print(Stack[int], Pair[str, int], Generic[T], s.__orig_class__, Stack[int].kind, get_origin(Stack[int]), get_args(Pair[int, str]))
print(IntStack.__mro__, Both.__mro__, Stack.__mro__, Pair[K, int])
print(Stack[int] == Stack[int], Stack[int] == Stack[str], hash(Stack[int]) == hash(Stack[int]), IntStack().items)
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
@runtime_checkable
class Closeable(Protocol[T]):
    def close(self) -> T: ...
class F:
    def close(self): return 1
print(isinstance(F(), Closeable), Closeable.__mro__)
class It(Iterator[int]):
    def __next__(self): raise StopIteration
print(list(It()), It.__mro__[1:3])
