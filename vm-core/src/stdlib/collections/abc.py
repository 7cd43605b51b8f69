"""The collection ABCs of PEP 3119, for ouro.

Built on the ABC base class of ouro's abc module. Each one-trick ABC
(Sized, Iterable, ...) recognizes classes structurally from a list of
required methods; the richer ones (Sequence, Mapping, Set, ...) supply
mixin methods written on top of their abstract ones. Built-in types are
registered explicitly below, because their dunder methods are not class
attributes in ouro.
"""

from abc import ABC, abstractmethod
from types import GenericAlias as _GenericAlias, _type_repr

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

def _alias(cls, item):
    # `Iterable[int]` and the like (PEP 585).
    return _GenericAlias(cls, item)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[arg, ...], result]: the argument types and the result
    kept flat in __args__, as CPython keeps them."""

    def __init__(self, origin, item):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = item
        if isinstance(params, (list, tuple)):
            args = tuple(params) + (result,)
        elif params is ...:
            args = (..., result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {params}")
        super().__init__(origin, args)

    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return super().__repr__()
        params = ', '.join(_type_repr(a) for a in self.__args__[:-1])
        return f'{_type_repr(self.__origin__)}[[{params}], {_type_repr(self.__args__[-1])}]'


dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
list_iterator = type(iter([]))
generator = type((lambda: (yield))())


async def _coro():
    pass


_c = _coro()
coroutine = type(_c)
_c.close()
del _c


async def _agen():
    yield


async_generator = type(_agen())


def _lookup(C, name):
    """(found, value) for name along C's MRO."""
    for klass in C.__mro__:
        d = klass.__dict__
        if name in d:
            return True, d[name]
    return False, None


def _provides(C, names):
    """True if C's MRO defines every name (and none as None), else
    NotImplemented (let registration decide)."""
    for name in names:
        found, value = _lookup(C, name)
        if not found or value is None:
            return NotImplemented
    return True


class _OneTrick(ABC):
    """Shared __subclasshook__: an ABC listing `_needs` in its own class
    body accepts any class providing those methods; ABCs derived from it
    without their own `_needs` fall back to registration and inheritance."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        needs = cls.__dict__.get('_needs')
        if needs is None:
            return NotImplemented
        return _provides(C, needs)


class Hashable(ABC):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Hashable:
            return NotImplemented
        if C in (list, dict, set, bytearray):
            return False
        # The nearest of __hash__ / __eq__ decides: a class that defines
        # __eq__ without __hash__ is unhashable.
        for klass in C.__mro__:
            d = klass.__dict__
            if '__hash__' in d:
                return d['__hash__'] is not None
            if '__eq__' in d:
                return False
        return True


class Awaitable(_OneTrick):
    __slots__ = ()
    _needs = ('__await__',)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    _needs = ('__await__', 'send', 'throw', 'close')

    @abstractmethod
    def send(self, value):
        """Sends a value in; returns the next yielded value or raises
        StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        exc = typ() if val is None else val
        if tb is not None:
            exc = exc.with_traceback(tb)
        raise exc

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(_OneTrick):
    __slots__ = ()
    _needs = ('__aiter__',)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    _needs = ('__anext__', '__aiter__')

    @abstractmethod
    async def __anext__(self):
        """The next item; StopAsyncIteration when there is none."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    _needs = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        exc = typ() if val is None else val
        if tb is not None:
            exc = exc.with_traceback(tb)
        raise exc

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Iterable(_OneTrick):
    __slots__ = ()
    _needs = ('__iter__',)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __iter__(self):
        return iter(())


class Iterator(Iterable):
    __slots__ = ()
    _needs = ('__iter__', '__next__')

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration when there is none."""
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    _needs = ('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self):
        return iter(())


class Generator(Iterator):
    __slots__ = ()
    _needs = ('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        exc = typ() if val is None else val
        if tb is not None:
            exc = exc.with_traceback(tb)
        raise exc

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


class Sized(_OneTrick):
    __slots__ = ()
    _needs = ('__len__',)

    @abstractmethod
    def __len__(self):
        return 0


class Container(_OneTrick):
    __slots__ = ()
    _needs = ('__contains__',)
    __class_getitem__ = classmethod(_alias)

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    _needs = ('__len__', '__iter__', '__contains__')


_callable_types = {type, type(len), type(lambda: None), type([].append)}


class Callable(_OneTrick):
    __slots__ = ()
    _needs = ('__call__',)

    @classmethod
    def __class_getitem__(cls, item):
        return _CallableGenericAlias(cls, item)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable and C in _callable_types:
            return True
        return super().__subclasshook__(C)


def _same(a, b):
    return a is b or a == b


class Set(Collection):
    """A finite, iterable container of distinct items. Subclasses provide
    __contains__, __iter__ and __len__; comparisons and the set algebra
    come from those. Results are built by _from_iterable (the class
    itself, called with an iterable, by default)."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def _within(self, other):
        # Every item of self is in other.
        return all(item in other for item in self)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and self._within(other)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self._within(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(item in self for item in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and all(item in self for item in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self._within(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable([item for item in other if item in self])

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        both = list(self)
        both.extend(other)
        return self._from_iterable(both)

    __ror__ = __or__

    def _as_set(self, other):
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in self if item not in other])

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable([item for item in other if item not in self])

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__


class MutableSet(Set):
    """A Set that also supports add and discard, and the in-place
    operators built from them."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for item in self:
            self.discard(item)
            return item
        raise KeyError

    def clear(self):
        while len(self):
            self.pop()

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        for item in self - it:
            self.discard(item)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for item in it:
            if item in self:
                self.discard(item)
            else:
                self.add(item)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for item in it:
            self.discard(item)
        return self


_missing = object()


class Mapping(Collection):
    """A read-only mapping. Subclasses provide __getitem__, __iter__ and
    __len__; get, membership, the views and equality come from those."""
    __slots__ = ()
    # Mapping patterns of `match` accept it (CPython's Py_TPFLAGS_MAPPING).
    __ouro_match__ = "mapping"

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(_alias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        found = self._mapping.get(key, _missing) if isinstance(self._mapping, dict) else _missing
        if found is _missing:
            try:
                found = self._mapping[key]
            except KeyError:
                return False
        return _same(found, value)

    def __iter__(self):
        m = self._mapping
        return iter([(key, m[key]) for key in m])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def __iter__(self):
        m = self._mapping
        return iter([m[key] for key in m])


class MutableMapping(Mapping):
    """A Mapping that also supports __setitem__ and __delitem__, with
    pop, popitem, clear, update and setdefault built from them."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is _missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        while len(self):
            self.popitem()

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            for key in list(other.keys()) if not isinstance(other, Mapping) else other:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


class Sequence(Reversible, Collection):
    """A read-only sequence. Subclasses provide __getitem__ (raising
    IndexError past the end) and __len__; iteration, membership,
    reversed(), index and count come from those."""
    __slots__ = ()
    # Sequence patterns of `match` accept it (CPython's Py_TPFLAGS_SEQUENCE).
    __ouro_match__ = "sequence"

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Walks indices until IndexError, so __len__ is not needed here.
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        n = 0
        for item in self:
            if _same(item, value):
                n += 1
        return n


class MutableSequence(Sequence):
    """A Sequence that also supports __setitem__, __delitem__ and insert,
    with append, extend, pop, remove, reverse, clear and += built from
    them."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        for item in list(values) if values is self else values:
            self.append(item)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        del self[self.index(value)]

    def reverse(self):
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def clear(self):
        while len(self):
            self.pop()

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    """The read-only sequence of bytes (bytes and bytearray)."""
    __slots__ = ()


# Built-in types: registered by hand (see the module docstring).
def _register(abc, *types):
    for t in types:
        abc.register(t)


_register(Hashable, int, float, bool, str, tuple, frozenset, type(None), range,
          bytes, complex)
_register(Iterator, generator, *{type(iter(x)) for x in (
    [], (), "", {}, set(), range(0), {}.keys(), {}.values(), {}.items(), frozenset())})
_register(Iterator, type(enumerate([])), type(zip()), type(map(len, [])),
          type(filter(None, [])), type(reversed([])))
_register(Generator, generator)
_register(Coroutine, coroutine)
_register(AsyncGenerator, async_generator)
_register(ByteString, bytes, bytearray)
_register(MutableSequence, bytearray)
_register(KeysView, dict_keys)
_register(ItemsView, dict_items)
_register(ValuesView, dict_values)
_register(Reversible, dict, dict_keys, dict_values, dict_items)
_register(MutableSet, set)
_register(Set, frozenset)
_register(MutableMapping, dict)
_register(Sequence, tuple, str, range)
_register(MutableSequence, list)
