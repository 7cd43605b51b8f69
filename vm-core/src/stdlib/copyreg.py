"""Pickling support shared by pickle and copy: the reduction registry
(dispatch_table, pickle), the reconstructors pickles name, the extension
registry, and (ouro-specific) the default reductions behind object's
__reduce_ex__, __reduce__ and __getstate__."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reduction of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    """Rebuild an instance that protocols 0 and 1 reduced."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """cls.__new__(cls, *args, **kwargs): pickles made with protocol 2
    or 3 of a class whose __new__ takes keyword arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's slots (its bases' too), as object's default
    __getstate__ reads them; cached as cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            name = "_%s%s" % (stripped, name)
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# The extension registry (codes for (module, name) pairs, for protocol 2's
# EXT opcodes).
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code for the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ---- object.__reduce_ex__, __reduce__ and __getstate__, as CPython's
# object defines them (ouro's object methods call these).

def _is_builtin_type(cls):
    return cls.__module__ == "builtins"


def _lookup(cls, name):
    # The class attribute name unless it is object's: a class's own
    # pickling method, not the default. (Read with getattr: the attribute
    # cache answers, where walking the MRO's dicts would cost a copy.)
    found = getattr(cls, name, None)
    if found is None or found is getattr(object, name, None):
        return None
    return found


def _default_getstate(obj, required):
    cls = type(obj)
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    names = _slotnames(cls)
    if d and names:
        # ouro keeps the slots of a class that also has a __dict__ in
        # that dict; CPython's state leaves them out of it.
        d = {k: v for k, v in d.items() if k not in names}
    state = dict(d) if d else None
    if (required and d is None and not names and _is_builtin_type(cls)
            and cls is not object):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getstate(obj, required=False):
    """obj.__getstate__(), or object's default state: its __dict__ (None
    if empty) and, with slots, (dict, slot values)."""
    if _lookup(type(obj), "__getstate__") is not None:
        return obj.__getstate__()
    return _default_getstate(obj, required)


# Built-in types whose instances, and their subclasses' instances, are
# made again from arguments (their __getnewargs__ in CPython).
_NEWARGS = {int: int, float: float, str: str, bytes: bytes, tuple: tuple,
            bool: bool}


def _builtin_base(cls):
    for c in cls.__mro__:
        if _is_builtin_type(c):
            return c
    return object


def _newargs(obj):
    # (args, kwargs) from __getnewargs_ex__ or __getnewargs__, or
    # (None, None).
    cls = type(obj)
    if _lookup(cls, "__getnewargs_ex__") is not None:
        r = obj.__getnewargs_ex__()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(r).__name__)
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(r))
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    if _lookup(cls, "__getnewargs__") is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    base = _builtin_base(cls)
    if base in _NEWARGS:
        return (_NEWARGS[base](obj),), None
    if base is complex:
        return (obj.real, obj.imag), None
    return None, None


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _newargs(obj)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args or ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate(obj, not hasargs and not isinstance(obj, (list, dict)))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _reduce_old(obj):
    # Protocols 0 and 1: _reconstructor over the nearest built-in base.
    cls = type(obj)
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(obj)
    args = (cls, base, state)
    if _lookup(cls, "__getstate__") is not None:
        d = obj.__getstate__()
    else:
        if getattr(obj, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        d = _default_getstate(obj, False)
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _set_reduce(obj):
    state = getattr(obj, "__dict__", None) or None
    return type(obj), (list(obj),), state


# Reductions of built-in types whose ouro versions have no __reduce__.
_BUILTIN_REDUCE = {
    complex: lambda z: (complex, (z.real, z.imag)),
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
}
if hasattr(__import__("builtins"), "bytearray"):
    _BUILTIN_REDUCE[bytearray] = lambda b: (bytearray, (bytes(b),), None)


def _exception_reduce(exc):
    # BaseException.__reduce__: the class, its args and any attributes.
    d = getattr(exc, "__dict__", None)
    if d:
        return type(exc), exc.args, d
    return type(exc), exc.args


def _common_reduce(obj, proto):
    # The default reduction: the built-in types ouro reduces here (their
    # own __reduce__ in CPython), sets, then protocol 2's __newobj__ form
    # or protocols 0-1's _reconstructor.
    cls = type(obj)
    if cls in _BUILTIN_REDUCE:
        return _BUILTIN_REDUCE[cls](obj)
    if isinstance(obj, BaseException):
        return _exception_reduce(obj)
    if cls.__name__ == "memoryview" and _is_builtin_type(cls):
        raise TypeError("cannot pickle memoryview objects")
    base = _builtin_base(cls)
    if base is set or base is frozenset:
        return _set_reduce(obj)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_old(obj)


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): a class's own __reduce__ if it has
    one, else the default reduction."""
    if not isinstance(proto, int):
        index = getattr(type(proto), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(proto).__name__)
        proto = index(proto)
    if _lookup(type(obj), "__reduce__") is not None:
        return obj.__reduce__()
    return _common_reduce(obj, proto)


def _object_reduce(obj):
    """object.__reduce__(): the default reduction at protocol 0."""
    return _common_reduce(obj, 0)


def _object_getstate(obj):
    """object.__getstate__(): the instance's __dict__ and slot values."""
    return _default_getstate(obj, False)


def _reduce_ex(obj, proto):
    """obj.__reduce_ex__(proto) for pickle and copy: the class's own
    __reduce_ex__ if it has one, else object's."""
    if _lookup(type(obj), "__reduce_ex__") is not None:
        return obj.__reduce_ex__(proto)
    return _object_reduce_ex(obj, proto)
