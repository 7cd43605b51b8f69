"""Higher-order helpers for functions and callables (ouro's functools).

Provides reduce, partial, update_wrapper/wraps, total_ordering, cmp_to_key,
lru_cache/cache, cached_property, singledispatch and singledispatchmethod.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'cached_property', 'singledispatch',
           'singledispatchmethod']

# The attributes a wrapper takes over from the function it wraps, and the
# ones it merges (dicts) from it.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

from _functools import cache_call as _cache_call

_absent = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes,
    merge the `updated` dicts, and point wrapper.__wrapped__ at wrapped."""
    for name in assigned:
        found = getattr(wrapped, name, _absent)
        if found is not _absent:
            setattr(wrapper, name, found)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(wrapper, wrapped, ...)."""
    def apply(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return apply


# total_ordering: given one of <, <=, >, >= (and ==), derive the other
# three. Each derived method is written in terms of the root method only
# (plus == / != where the root alone cannot decide), and passes
# NotImplemented through unchanged.

def _derive(root, want):
    # For root R and wanted W: how to combine r = R(self, other) with
    # equality. 'not' -> not r; 'or_eq' -> r or self == other;
    # 'not_and_ne' -> not r and self != other; 'not_or_eq' -> not r or
    # self == other; 'and_ne' -> r and self != other.
    plans = {
        ('__lt__', '__gt__'): 'not_and_ne', ('__lt__', '__le__'): 'or_eq',
        ('__lt__', '__ge__'): 'not',
        ('__le__', '__ge__'): 'not_or_eq', ('__le__', '__lt__'): 'and_ne',
        ('__le__', '__gt__'): 'not',
        ('__gt__', '__lt__'): 'not_and_ne', ('__gt__', '__ge__'): 'or_eq',
        ('__gt__', '__le__'): 'not',
        ('__ge__', '__le__'): 'not_or_eq', ('__ge__', '__gt__'): 'and_ne',
        ('__ge__', '__lt__'): 'not',
    }
    plan = plans[(root, want)]

    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if plan == 'not':
            return not r
        if plan == 'or_eq':
            return r or self == other
        if plan == 'and_ne':
            return r and self != other
        if plan == 'not_and_ne':
            return not r and self != other
        return not r or self == other

    method.__name__ = want
    method.__qualname__ = want
    return method


_ORDERING = ('__lt__', '__le__', '__gt__', '__ge__')


def total_ordering(cls):
    """Class decorator: fill in the missing rich comparisons from the one
    the class defines."""
    # A class defines an operation when its own dict or a user base's has it
    # (object's comparisons are not attributes in ouro).
    defined = [name for name in _ORDERING
               if any(k is not object and name in k.__dict__ for k in cls.__mro__)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The same preference as CPython: the largest name wins (< over <= ...).
    root = max(defined)
    for name in _ORDERING:
        if name != root and name not in defined:
            setattr(cls, name, _derive(root, name))
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return 0 > mycmp(self.obj, other.obj)

        def __le__(self, other):
            return 0 >= mycmp(self.obj, other.obj)

        def __eq__(self, other):
            return 0 == mycmp(self.obj, other.obj)

        def __ge__(self, other):
            return 0 <= mycmp(self.obj, other.obj)

        def __gt__(self, other):
            return 0 < mycmp(self.obj, other.obj)

        __hash__ = None
    return K


def reduce(function, sequence, initial=_absent):
    """Fold function over the items of sequence, from the left:
    reduce(f, [a, b, c], x) is f(f(f(x, a), b), c)."""
    items = iter(sequence)
    if initial is _absent:
        acc = next(items, _absent)
        if acc is _absent:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        acc = initial
    for item in items:
        acc = function(acc, item)
    return acc


class partial:
    """A callable that calls func with some arguments already supplied."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            # Flatten: a partial of a partial calls the innermost function.
            merged = dict(func.keywords)
            merged.update(keywords)
            args = func.args + args
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*(self.args + args), **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k in self.keywords:
            parts.append('%s=%r' % (k, self.keywords[k]))
        return 'functools.partial(' + ', '.join(parts) + ')'

    def __get__(self, obj, objtype=None):
        # A partial is not a method: reading it from a class or instance
        # gives the partial itself.
        return self

    def __reduce__(self):
        extra = {k: v for k, v in vars(self).items() if k not in ("func", "args", "keywords")}
        return type(self), (self.func,), (self.func, self.args, self.keywords, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords) if keywords else {}
        if namespace:
            vars(self).update(namespace)


class partialmethod:
    """A method descriptor with some arguments already supplied: bound, it
    calls func with the instance (or class) first, then the stored
    arguments, then the call's."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flatten onto the innermost function.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{}.{}({})".format(self.__class__.__module__, self.__class__.__qualname__,
                                  ", ".join(parts))

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # A descriptor that binds (a function on an instance, a
                # classmethod): a partial of what it gives.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class CacheInfo:
    """CacheInfo(hits, misses, maxsize, currsize)"""

    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _values(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        shown = ['%s=%r' % pair for pair in zip(self._fields, self._values())]
        return 'CacheInfo(' + ', '.join(shown) + ')'

    def __eq__(self, other):
        return self._values() == tuple(other)

    def __iter__(self):
        return iter(self._values())

    def __getitem__(self, i):
        return self._values()[i]

    def __len__(self):
        return 4


class _Marker:
    """Separates positional from keyword parts of a cache key."""
    __slots__ = ()


_KW = _Marker()


class _lru_cache_wrapper:
    # The call is native (builtins/modules/cache_call.rs): a hit runs no
    # Python code, as with CPython's C wrapper. Its state is one list:
    # the cache (a dict in recency order: a hit moves its entry to the end,
    # a full bounded cache drops its first entry), maxsize, typed, the hit
    # and miss counts, the function and the key's keyword marker.

    def __init__(self, user_function, maxsize, typed):
        self._state = [{}, maxsize, typed, 0, 0, user_function, _KW]
        update_wrapper(self, user_function)

    __call__ = _cache_call

    def cache_info(self):
        state = self._state
        return CacheInfo(state[3], state[4], state[1], len(state[0]))

    def cache_clear(self):
        state = self._state
        state[0].clear()
        state[3] = 0
        state[4] = 0

    def cache_parameters(self):
        return {'maxsize': self._state[1], 'typed': self._state[2]}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)


def lru_cache(maxsize=128, typed=False):
    """Decorator: memoize a function, keeping at most maxsize results
    (None: unbounded), dropping the least recently used first."""
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache
        return _lru_cache_wrapper(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorate(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorate


def cache(user_function, /):
    """Unbounded memoization: lru_cache(maxsize=None)."""
    return _lru_cache_wrapper(user_function, None, False)


class cached_property:
    """A property computed on first access and then stored in the
    instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        store = instance.__dict__
        if name in store:
            return store[name]
        value = self.func(instance)
        store[name] = value
        return value


def _find_impl(cls, registry):
    """The registered function for cls: the first class of its MRO that has
    one; then a registered class cls is a (virtual) subclass of."""
    for klass in cls.__mro__:
        if klass in registry:
            return registry[klass]
    for klass, func in registry.items():
        if klass is not object and issubclass(cls, klass):
            return func
    return registry[object]


def singledispatch(func):
    """Turn func into a generic function dispatching on the type of its
    first argument; implementations are added with `register(cls)`."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            raise TypeError(
                "Invalid first argument to `register()`: %r. Use either "
                "`@register(some_class)` or plain `@register` on an annotated "
                "function." % (cls,))
        if not isinstance(cls, type):
            raise TypeError("Invalid first argument to `register()`. %r is not a class." % (cls,))
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            # Bind as the descriptor would (ouro's functions have no __get__).
            if isinstance(method, staticmethod):
                return method.__func__(*args, **kwargs)
            if isinstance(method, classmethod):
                return method.__func__(cls, *args, **kwargs)
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


# CPython's messages name these C types with their module (the VM reads
# __ouro_tp_name__ for them; dir() does not show it).
for _cls in (partial,):
    _cls.__ouro_tp_name__ = "functools." + _cls.__name__
del _cls
