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

# Data members: isinstance() looks at the instance's attributes; issubclass() refuses
# (unless an earlier failed isinstance() cached the class as no subclass).
from typing import Protocol, runtime_checkable
@runtime_checkable
class HasX(Protocol):
    x: int
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
@runtime_checkable
class Both(Protocol):
    name: str
    def run(self): ...
class A:
    x = 1
class B:
    def __init__(self): self.x = 2
class C: pass
class D:
    def close(self): pass
class E:
    close = None
class F:
    def __init__(self): self.close = print
class G:
    name = "g"
    def run(self): pass
class H:
    def __init__(self): self.name = "h"
    run = None
for o in (A(), B(), C(), D(), E(), F(), G(), H(), 3, "s"):
    print(type(o).__name__, isinstance(o, HasX), isinstance(o, Closer), isinstance(o, Both))
for k in (A, D, E, F):
    try:
        print(issubclass(k, Closer), end=" ")
        print(issubclass(k, HasX))
    except TypeError as e:
        print("TypeError", e)
class P(Protocol):
    y: int
try:
    isinstance(A(), P)
except TypeError as e:
    print("TypeError", e)
class Impl(HasX):
    pass
print(isinstance(Impl(), HasX), issubclass(Impl, HasX))
