"""Utilities for with-statement contexts, written for ouro.

Provides contextmanager and asynccontextmanager (generator functions as
context managers, also usable as decorators), suppress, closing,
aclosing, nullcontext, AbstractContextManager, AbstractAsyncContextManager,
ContextDecorator, ExitStack, AsyncExitStack, redirect_stdout and
redirect_stderr. chdir is not provided (os has no chdir in ouro).
"""

import sys
from abc import ABC, abstractmethod
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing"]


def _has_methods(C, names):
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(ABC):
    """A context manager: __enter__ returns self, __exit__ is abstract."""

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, ("__enter__", "__exit__"))
        return NotImplemented


class AbstractAsyncContextManager(ABC):
    """An async context manager: __aenter__ returns self, __aexit__ is
    abstract."""

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, ("__aenter__", "__aexit__"))
        return NotImplemented


class ContextDecorator:
    """A context manager that is also a decorator: the decorated function
    runs inside a fresh instance (from _recreate_cm)."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorated function gets a new generator on every call.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager, ContextDecorator):
    """What @contextmanager functions return."""

    def __enter__(self):
        # Only the decorator form needs these, and it recreates first.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator swallowed the exception (True), or a
            # StopIteration raised in the block came back out (False).
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration from the block, turned into RuntimeError by
            # the generator machinery.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """What @asynccontextmanager functions return."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager: a generator function yielding once becomes a
    context manager factory; the code before the yield is __enter__, the
    code after it __exit__ (an exception in the block is raised at the
    yield)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager: contextmanager for async generator functions
    and `async with`."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """async with aclosing(thing) as t: ... awaits thing.aclose() at the
    end."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress(AbstractContextManager):
    """with suppress(E1, E2): ... swallows those exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    # Puts new_target in sys.<_stream> for the with block (reentrant).
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """with redirect_stdout(f): ... sends what goes to sys.stdout to f."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """with redirect_stderr(f): ... sends what goes to sys.stderr to f."""

    _stream = "stderr"


def _cm_exit_wrapper(cm, cm_exit):
    # The callback of a context manager pushed on a stack: its __exit__, bound.
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    _exit_wrapper.__self__ = cm
    return _exit_wrapper


def _protocol_error(cm, what):
    kind = type(cm)
    return TypeError("'%s.%s' object does not support the %s protocol"
                     % (kind.__module__, kind.__qualname__, what))


class _BaseExitStack:
    # What ExitStack and AsyncExitStack share: the callbacks, last first,
    # each marked synchronous or not.

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """A new stack holding this one's callbacks (this one is left empty)."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Pushes a context manager's __exit__, or a callable taking the
        same arguments (exc_type, exc, tb); returns it."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _cm_exit_wrapper(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ gave."""
        kind = type(cm)
        try:
            enter = kind.__enter__
            exit = kind.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._exit_callbacks.append((True, _cm_exit_wrapper(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Pushes callback(*args, **kwds), run whatever the exception;
        returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback


def _fix_context(new_exc, old_exc, frame_exc):
    # An exception raised by a callback has, as context, the one that was
    # being handled when the stack unwound (frame_exc); as with nested
    # with statements, it gets the previous callback's exception instead.
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


def _reraise(exc):
    # Raises exc keeping the context _fix_context gave it.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _Unwinding:
    """An exit stack's unwinding: what the next callback receives, and
    whether an exception is pending or was suppressed."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.received = exc_details[0] is not None
        self.frame_exc = sys.exc_info()[1]
        self.suppressed = False
        self.pending = False

    def returned(self, done):
        """A callback returned done (true: it suppressed the exception)."""
        if done:
            self.suppressed = True
            self.pending = False
            self.details = (None, None, None)

    def raised(self):
        """A callback raised (call in the except block)."""
        new_details = sys.exc_info()
        _fix_context(new_details[1], self.details[1], self.frame_exc)
        self.pending = True
        self.details = new_details

    def outcome(self):
        """__exit__'s result, or the pending exception raised."""
        if self.pending:
            _reraise(self.details[1])
        return self.received and self.suppressed


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs the callbacks and exits pushed on it,
    last first, as nested with statements would (an exit may suppress the
    exception, which the ones before it then do not see)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                unwinding.returned(cb(*unwinding.details))
            except BaseException:
                unwinding.raised()
        return unwinding.outcome()

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes asynchronous context
    managers and callbacks, awaited in turn."""

    async def enter_async_context(self, cm):
        """Enters the asynchronous context manager cm and pushes its
        __aexit__; returns what __aenter__ gave."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            exit = kind.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _cm_exit_wrapper(cm, exit)))
        return result

    def push_async_exit(self, exit):
        """Pushes an asynchronous context manager's __aexit__, or a
        coroutine function taking (exc_type, exc, tb); returns it."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _cm_exit_wrapper(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Pushes the coroutine function call callback(*args, **kwds)."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        """Runs the callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    unwinding.returned(cb(*unwinding.details))
                else:
                    unwinding.returned(await cb(*unwinding.details))
            except BaseException:
                unwinding.raised()
        return unwinding.outcome()
