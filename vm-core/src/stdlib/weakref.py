"""Weak references, for ouro (the interface of CPython 3.11's weakref).

A weak reference is an instance of ReferenceType (`ref`); which object it
refers to is kept by the VM in a table the garbage collector does not
trace (the native _weakref module reaches it). When a collection frees
the referent, the reference is cleared and its callback, if any, is
called with the reference at the next safepoint (or inside
gc.collect()). CPython frees an object when its last reference goes;
ouro frees it at the next collection, so code that wants to see a
referent die calls gc.collect() first.

The containers keep their entries through weak references whose
callbacks remove the entry; a removal that would happen while the
container is being iterated over is put off until the iteration ends.
"""

import _weakref
from _weakref import getweakrefcount, getweakrefs
from types import GenericAlias as _GenericAlias
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping, MutableSet as _MutableSet
import sys as _sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_get = _weakref.get
_bind = _weakref.bind
_find = _weakref.find

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_GeneratorType = type((lambda: (yield))())


def _addr(obj):
    return '0x%x' % id(obj)


def _named(obj):
    # CPython's weakref repr adds the referent's `__name__` when its type
    # defines one (classes, functions, built-ins, generators).
    if isinstance(obj, (type, _FunctionType, _BuiltinType, _GeneratorType)):
        try:
            name = obj.__name__
        except Exception:
            return None
        if isinstance(name, str):
            return name
    return None


class _Callback:
    # `__callback__`: read-only, as CPython's member is (the callback
    # itself sits in the `_cb` slot).
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj._cb

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class ReferenceType:
    """ref(object[, callback]): a weak reference to object. Calling it gives
    the object, or None once it has been collected; callback(ref) is called
    then."""

    __slots__ = ('_cb', '_hash')
    __callback__ = _Callback()

    def __new__(cls, ob, callback=None, /):
        basic = callback is None and cls is ReferenceType
        if basic:
            same = _find(ob, 0)
            if same is not None:
                return same
        if type(ob) is ReferenceType:
            raise TypeError("cannot create weak reference to 'weakref.ReferenceType' object")
        if type(ob) is ProxyType or type(ob) is CallableProxyType:
            raise TypeError("cannot create weak reference to '%s' object" % _proxy_type_name(ob))
        self = object.__new__(cls)
        self._cb = callback
        self._hash = None
        _bind(self, ob, 0 if basic else 2, callback is not None)
        return self

    def __init__(self, ob, callback=None, /):
        pass

    # (A function of `_weakref` found on a class binds like a method:
    # calling a ref runs no Python frame.)
    __call__ = _weakref.get

    def __hash__(self):
        h = self._hash
        if h is None:
            ob = _get(self)
            if ob is None:
                raise TypeError('weak object has gone away')
            h = hash(ob)
            self._hash = h
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _get(self)
        b = _get(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _get(self)
        b = _get(other)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = _get(self)
        if ob is None:
            return '<weakref at %s; dead>' % _addr(self)
        name = _named(ob)
        text = "<weakref at %s; to '%s' at %s" % (_addr(self), type(ob).__name__, _addr(ob))
        if name is not None:
            text += ' (%s)' % name
        return text + '>'

    __class_getitem__ = classmethod(_GenericAlias)


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _proxy_type_name(p):
    return 'weakref.ProxyType' if type(p) is ProxyType else 'weakref.CallableProxyType'


def _proxy_target(p):
    ob = _get(p)
    if ob is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return ob


class ProxyType:
    """A proxy for a weakly referenced object: attribute access and the
    operators go to the object; ReferenceError once it has been
    collected."""

    __slots__ = ('_cb',)
    __callback__ = _Callback()

    def __getattr__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        ob = _proxy_target(self)
        return '<weakproxy at %s; to \'%s\' at %s>' % (_addr(self), type(ob).__name__, _addr(ob))

    def __str__(self):
        return str(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __len__(self):
        return len(_proxy_target(self))

    def __iter__(self):
        return iter(_proxy_target(self))

    def __next__(self):
        return next(_proxy_target(self))

    def __contains__(self, item):
        return item in _proxy_target(self)

    def __getitem__(self, key):
        return _proxy_target(self)[key]

    def __setitem__(self, key, value):
        _proxy_target(self)[key] = value

    def __delitem__(self, key):
        del _proxy_target(self)[key]

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _proxy_type_name(self))

    def __eq__(self, other):
        return _proxy_target(self) == other

    def __ne__(self, other):
        return _proxy_target(self) != other

    def __lt__(self, other):
        return _proxy_target(self) < other

    def __le__(self, other):
        return _proxy_target(self) <= other

    def __gt__(self, other):
        return _proxy_target(self) > other

    def __ge__(self, other):
        return _proxy_target(self) >= other

    def __add__(self, other):
        return _proxy_target(self) + other

    def __radd__(self, other):
        return other + _proxy_target(self)

    def __sub__(self, other):
        return _proxy_target(self) - other

    def __rsub__(self, other):
        return other - _proxy_target(self)

    def __mul__(self, other):
        return _proxy_target(self) * other

    def __rmul__(self, other):
        return other * _proxy_target(self)

    def __truediv__(self, other):
        return _proxy_target(self) / other

    def __floordiv__(self, other):
        return _proxy_target(self) // other

    def __mod__(self, other):
        return _proxy_target(self) % other

    def __neg__(self):
        return -_proxy_target(self)

    def __int__(self):
        return int(_proxy_target(self))

    def __float__(self):
        return float(_proxy_target(self))

    def __index__(self):
        return _proxy_target(self).__index__()

    def __enter__(self):
        return _proxy_target(self).__enter__()

    def __exit__(self, *exc):
        return _proxy_target(self).__exit__(*exc)


class CallableProxyType(ProxyType):
    """The proxy of a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """A proxy of object that refers to it weakly; callback(proxy) is called
    when object is collected."""
    kind = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        same = _find(object, 1)
        if same is not None:
            return same
    if type(object) is ReferenceType:
        raise TypeError("cannot create weak reference to 'weakref.ReferenceType' object")
    if type(object) in ProxyTypes:
        raise TypeError("cannot create weak reference to '%s' object" % _proxy_type_name(object))
    p = _object_new(kind)
    _object_setattr(p, '_cb', callback)
    _bind(p, object, 1 if callback is None else 2, callback is not None)
    return p


_object_new = object.__new__
_object_setattr = object.__setattr__


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: alive while both the object and
    the function are; calling it rebuilds the bound method."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None

        def died(_, cb=callback):
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if cb is not None:
                    cb(me)

        self = ReferenceType.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        obj = ReferenceType.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        # (ouro's `method` type cannot be called to make one: the
        # function binds itself.)
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ReferenceType.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ReferenceType.__hash__


class KeyedRef(ReferenceType):
    """A weak reference that also holds a key (the values of a
    WeakValueDictionary)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class _Guard:
    # Marks a container as being iterated over: removals wait until the
    # last iteration ends.
    __slots__ = ('owner',)

    def __init__(self, owner):
        self.owner = owner

    def __enter__(self):
        self.owner._iterating += 1
        return self

    def __exit__(self, *exc):
        owner = self.owner
        owner._iterating -= 1
        if not owner._iterating and owner._pending:
            owner._commit()


def _mapping_ior(self, other):
    self.update(other)
    return self


def _mapping_or(self, other):
    if isinstance(other, _Mapping):
        new = self.copy()
        new.update(other)
        return new
    return NotImplemented


def _mapping_ror(self, other):
    if isinstance(other, _Mapping):
        new = self.__class__()
        new.update(other)
        new.update(self)
        return new
    return NotImplemented


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value is collected."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            me = selfref()
            if me is None:
                return
            if me._iterating:
                me._pending.append(wr.key)
            elif me.data.get(wr.key) is wr:
                del me.data[wr.key]
        self._remove = remove
        self._pending = []
        self._iterating = 0
        self.data = {}
        self.update(other, **kw)

    def _commit(self):
        pending, self._pending = self._pending, []
        data = self.data
        for key in pending:
            wr = data.get(key)
            if wr is not None and wr() is None:
                del data[key]

    def _settle(self):
        if self._pending and not self._iterating:
            self._commit()

    def __getitem__(self, key):
        self._settle()
        ob = self.data[key]()
        if ob is None:
            raise KeyError(key)
        return ob

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        self._settle()
        return sum(1 for wr in self.data.values() if wr() is not None) if self._pending else len(self.data)

    def __contains__(self, key):
        self._settle()
        try:
            ob = self.data[key]()
        except KeyError:
            return False
        return ob is not None

    def __repr__(self):
        return '<%s at %s>' % (self.__class__.__name__, _addr(self))

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        self._settle()
        new = WeakValueDictionary()
        with _Guard(self):
            for key, wr in self.data.items():
                ob = wr()
                if ob is not None:
                    new[key] = ob
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._settle()
        new = self.__class__()
        with _Guard(self):
            for key, wr in self.data.items():
                ob = wr()
                if ob is not None:
                    new[deepcopy(key, memo)] = ob
        return new

    def get(self, key, default=None):
        self._settle()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        ob = wr()
        return default if ob is None else ob

    def items(self):
        self._settle()
        with _Guard(self):
            for key, wr in self.data.items():
                ob = wr()
                if ob is not None:
                    yield key, ob

    def keys(self):
        self._settle()
        with _Guard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """The weak references to the values (some may have died by the
        time they are used)."""
        self._settle()
        with _Guard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values."""
        self._settle()
        return list(self.data.values())

    def values(self):
        self._settle()
        with _Guard(self):
            for wr in self.data.values():
                ob = wr()
                if ob is not None:
                    yield ob

    def popitem(self):
        self._settle()
        while True:
            key, wr = self.data.popitem()
            ob = wr()
            if ob is not None:
                return key, ob

    def pop(self, key, *default):
        self._settle()
        try:
            ob = self.data.pop(key)()
        except KeyError:
            ob = None
        if ob is None:
            if default:
                return default[0]
            raise KeyError(key)
        return ob

    def setdefault(self, key, default=None):
        try:
            ob = self.data[key]()
        except KeyError:
            ob = None
        if ob is None:
            self._settle()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return ob

    def update(self, other=None, /, **kwargs):
        self._settle()
        data = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, ob in other.items():
                data[key] = KeyedRef(ob, self._remove, key)
        for key, ob in kwargs.items():
            data[key] = KeyedRef(ob, self._remove, key)

    # The | operators, shared with the other weak mapping.
    __ior__ = _mapping_ior
    __or__ = _mapping_or
    __ror__ = _mapping_ror

    __class_getitem__ = classmethod(_GenericAlias)


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key
    is collected."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            me = selfref()
            if me is None:
                return
            if me._iterating:
                me._pending.append(k)
            else:
                try:
                    del me.data[k]
                except KeyError:
                    pass
        self._remove = remove
        self._pending = []
        self._iterating = 0
        if dict is not None:
            self.update(dict)

    def _commit(self):
        pending, self._pending = self._pending, []
        data = self.data
        for k in pending:
            try:
                del data[k]
            except KeyError:
                pass

    def _settle(self):
        if self._pending and not self._iterating:
            self._commit()

    def __delitem__(self, key):
        self._settle()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._settle()
        if self._pending:
            return sum(1 for k in self.data if k() is not None)
        return len(self.data)

    def __repr__(self):
        return '<%s at %s>' % (self.__class__.__name__, _addr(self))

    def __setitem__(self, key, value):
        self._settle()
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _Guard(self):
            for k, value in self.data.items():
                ob = k()
                if ob is not None:
                    new[ob] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _Guard(self):
            for k, value in self.data.items():
                ob = k()
                if ob is not None:
                    new[ob] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _Guard(self):
            for k, value in self.data.items():
                ob = k()
                if ob is not None:
                    yield ob, value

    def keys(self):
        with _Guard(self):
            for k in self.data:
                ob = k()
                if ob is not None:
                    yield ob

    __iter__ = keys

    def values(self):
        with _Guard(self):
            for k, value in self.data.items():
                if k() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._settle()
        while True:
            k, value = self.data.popitem()
            ob = k()
            if ob is not None:
                return ob, value

    def pop(self, key, *args):
        self._settle()
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        self._settle()
        data = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    # The | operators, shared with the other weak mapping.
    __ior__ = _mapping_ior
    __or__ = _mapping_or
    __ror__ = _mapping_ror

    __class_getitem__ = classmethod(_GenericAlias)


class WeakSet(_MutableSet):
    """A set whose elements are held weakly: an element goes away when it is
    collected."""

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            me = selfref()
            if me is None:
                return
            if me._iterating:
                me._pending.append(item)
            else:
                me.data.discard(item)
        self._remove = remove
        self._pending = []
        self._iterating = 0
        if data is not None:
            self.update(data)

    def _commit(self):
        pending, self._pending = self._pending, []
        discard = self.data.discard
        for item in pending:
            discard(item)

    def _settle(self):
        if self._pending and not self._iterating:
            self._commit()

    def __iter__(self):
        with _Guard(self):
            for item in self.data:
                ob = item()
                if ob is not None:
                    yield ob

    def __len__(self):
        self._settle()
        if self._pending:
            return sum(1 for item in self.data if item() is not None)
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None)

    def add(self, item):
        self._settle()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._pending = []
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._settle()
        while True:
            try:
                item = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            ob = item()
            if ob is not None:
                return ob

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        self._settle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._settle()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_GenericAlias)


# (CPython keeps WeakSet in its `_weakrefset` module.)
WeakSet.__module__ = '_weakrefset'


class _FinalizeInfo:
    __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj is collected, when the finalizer is called, or at exit
    (if its `atexit` is true, the default) if it is still alive then."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _next_index = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _weakref.atexit(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index
        finalize._next_index += 1
        finalize._registry[self] = info

    def __call__(self, _=None):
        """Calls the function now if the finalizer is alive (and kills it);
        its result, or None."""
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Kills the finalizer without calling it: (obj, func, args, kwargs)
        if it was alive, else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """True until the finalizer has been called or detached."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether a finalizer still alive at exit is called then."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %s; dead>' % (type(self).__name__, _addr(self))
        return "<%s object at %s; for '%s' at %s>" % (
            type(self).__name__, _addr(self), type(obj).__name__, _addr(obj))

    @classmethod
    def _exitfunc(cls):
        # At exit: the live finalizers marked atexit, newest first.
        try:
            while True:
                live = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
                if not live:
                    break
                live.sort()
                f = live[-1][1]
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
        finally:
            cls._shutdown = True


# A weak reference copies as itself (`copy` adds the type when it is
# imported after this module).
_copy = _sys.modules.get('copy')
if _copy is not None and ReferenceType not in _copy._atomic:
    _copy._atomic += (ReferenceType,)
