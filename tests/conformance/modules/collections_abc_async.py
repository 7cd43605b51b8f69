from collections.abc import (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, ByteString, Hashable, Sequence,
                             MutableSequence, Generator)
import collections.abc


async def co():
    return 1


async def ag():
    yield 1
    yield 2


c = co()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Generator))
c.close()
g = ag()
print(isinstance(g, AsyncIterator), isinstance(g, AsyncGenerator), isinstance(g, AsyncIterable))
print(isinstance([], AsyncIterable), isinstance(b"", ByteString), isinstance(bytearray(), MutableSequence))
print(isinstance(b"x", Hashable), isinstance(1j, Hashable), isinstance(bytearray(), Hashable))
print(issubclass(bytes, Sequence), issubclass(bytearray, ByteString))


class Countdown(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Fut(Awaitable):
    def __await__(self):
        v = yield "tick"
        return v * 2


class Gen(AsyncGenerator):
    def __init__(self):
        self.i = 0

    async def asend(self, value):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i * 10

    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration


class Plain:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


print(issubclass(Plain, AsyncIterator), issubclass(Plain, AsyncIterable), issubclass(Plain, AsyncGenerator))
print(isinstance(Countdown(1), AsyncIterable), Countdown(2).__aiter__().n)


async def main():
    out = []
    async for x in Countdown(3):
        out.append(x)
    async for x in Gen():
        out.append(x)
    out.append(await Fut())
    g = Gen()
    await g.aclose()
    return out


m = main()
print(m.send(None))
try:
    m.send(21)
except StopIteration as e:
    print("result", e.value)

try:
    AsyncIterator()
except TypeError as e:
    print("TypeError", e)
try:
    Coroutine()
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in collections.abc.__all__ if n.startswith("A")))
