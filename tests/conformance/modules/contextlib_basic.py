import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, asynccontextmanager, aclosing

log = []


@contextmanager
def tag(name):
    """A tag."""
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


with tag("b") as t:
    log.append(t)
print(log, tag.__name__, tag.__doc__)

log.clear()
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e, log)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    {}["k"]
print("after swallow")


@contextmanager
def noyield():
    if False:
        yield


@contextmanager
def twice():
    yield 1
    yield 2


for cm in (noyield(), twice()):
    try:
        with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")


try:
    with reraise_other():
        1 / 0
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)


@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration passed through", e)


@tag("deco")
def decorated(x):
    log.append("body %d" % x)
    return x * 2


log.clear()
print(decorated(1), decorated(2), log)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress():
    pass


class Res:
    def close(self):
        print("closed")


with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

print(isinstance(nullcontext(), contextlib.AbstractContextManager),
      issubclass(Res, contextlib.AbstractContextManager),
      isinstance(open if False else tag("x"), contextlib.AbstractContextManager))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(issubclass(CM, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


@Deco()
def work():
    print("working")


work()


@asynccontextmanager
async def atag(name):
    log.append("a<" + name)
    yield name
    log.append("a>" + name)


class AClose:
    async def aclose(self):
        log.append("aclosed")


async def main():
    async with atag("x") as n:
        log.append(n)
    async with nullcontext(5) as v:
        log.append(v)
    async with aclosing(AClose()):
        pass
    try:
        async with atag("y"):
            raise KeyError("k")
    except KeyError:
        log.append("caught")
    return log


log.clear()
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
