# contextlib: ExitStack, AsyncExitStack, redirect_stdout, redirect_stderr
import io
import sys
from contextlib import (AsyncExitStack, ExitStack, asynccontextmanager, contextmanager,
                        redirect_stderr, redirect_stdout, suppress)

log = []


@contextmanager
def res(name, swallow=False):
    log.append("enter " + name)
    try:
        yield name.upper()
    except Exception as e:
        log.append("%s saw %r" % (name, e))
        if not swallow:
            raise
    finally:
        log.append("exit " + name)


class Plain:
    def __enter__(self):
        log.append("plain in")
        return self

    def __exit__(self, *exc):
        log.append("plain out %s" % (exc[0].__name__ if exc[0] else None))
        return False


with ExitStack() as stack:
    values = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.push(Plain())
    stack.push(lambda *exc: log.append("push fn %s" % (exc[0],)))
    print(values)
print(log)
log.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(res("x"))
        stack.enter_context(res("y", swallow=True))
        raise ValueError("boom")
except ValueError:
    print("not reached")
print("swallowed", log)
log.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(res("outer"))
        stack.callback(lambda: 1 / 0)
        raise KeyError("k")
except ZeroDivisionError as e:
    print("raised", type(e).__name__, "context", repr(e.__context__))
print(log)
log.clear()

with ExitStack() as stack:
    stack.enter_context(res("p"))
    moved = stack.pop_all()
print("after with", log)
moved.close()
print("after close", log)
log.clear()

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError", e)


def cleanup(*args, **kwargs):
    log.append(("cleanup", args, kwargs))


with ExitStack() as stack:
    cb = stack.callback(cleanup, 1, k=2)
    print(cb is cleanup)
print(log)
log.clear()

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("into the buffer")
    print(target is buf)
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to stderr\n")
print(repr(err.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("nested")
print("back")


@asynccontextmanager
async def ares(name):
    log.append("aenter " + name)
    yield name * 2
    log.append("aexit " + name)


async def acleanup(tag):
    log.append("acleanup " + tag)


async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(ares("q"))
        b = stack.enter_context(res("sync"))
        stack.push_async_callback(acleanup, "t")
        stack.callback(log.append, "sync callback")
        log.append((a, b))
    try:
        await AsyncExitStack().enter_async_context(res("no"))
    except TypeError as e:
        log.append(str(e).split("'")[1])
    return "done"


coro = main()
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
print(log)
with suppress(ZeroDivisionError), ExitStack() as s:
    s.callback(print, "suppress + stack")
    1 / 0
