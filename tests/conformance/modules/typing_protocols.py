# typing.Protocol with @runtime_checkable: isinstance()/issubclass() check
# the protocol's methods structurally; other protocols refuse the checks.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


@runtime_checkable
class SizedIter(Protocol):
    def __len__(self):
        ...

    def __iter__(self):
        ...


class NotRuntime(Protocol):
    def run(self):
        ...


class File:
    def close(self):
        pass


class Explicit(Closable):
    pass


class NoClose:
    close = None


class Sub(File):
    pass


print(isinstance(File(), Closable), isinstance(Sub(), Closable), isinstance(3, Closable))
print(isinstance(NoClose(), Closable), isinstance(Explicit(), Closable), issubclass(File, Closable))
print(isinstance([1], SizedIter), isinstance({}, SizedIter), isinstance(5, SizedIter), issubclass(str, SizedIter))
print(isinstance(File(), Explicit), issubclass(Sub, Explicit), Closable._is_protocol, Explicit._is_protocol)
for f in [lambda: isinstance(File(), NotRuntime), lambda: runtime_checkable(File)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
