# collections.abc and collections classes subscripted (PEP 585): types.GenericAlias,
# Callable's arguments kept flat; Hashable and Sized are not generic.
import collections.abc as c, collections
from collections.abc import Callable, Iterator, Iterable, Sequence, Mapping, Generator
print(c.Callable[[int], str], c.Callable[[int], str].__args__, c.Callable[..., int], c.Callable[[], str])
print(Iterator[int], Iterable[str], Sequence[int], Mapping[str, int], Generator[int, None, None])
print(c.Awaitable[int], c.Coroutine[int, int, int], c.AsyncIterator[int], c.Container[int], c.KeysView[int], c.MutableSet[int])
print(collections.deque[int], collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str], collections.ChainMap[str, int])
print(type(Iterator[int]), Iterator[int].__origin__, Iterator[int].__args__)
for bad in (lambda: c.Hashable[int], lambda: c.Sized[int], lambda: c.Callable[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def f(it: Iterator[int], cb: Callable[[int, str], bool]) -> Sequence[float]: ...
print(f.__annotations__)
print(Iterator[int] == Iterator[int], list(collections.deque[int]([1, 2])))
