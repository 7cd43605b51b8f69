"""Shallow and deep copies of objects, written for ouro.

Handles the built-in containers directly, the __copy__/__deepcopy__
hooks, and every other object through its reduction (copyreg's dispatch
table or __reduce_ex__(4): instances' __dict__ and __slots__,
__getstate__/__setstate__, __getnewargs__, subclasses of built-ins).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, type, range, type(len),
           type(lambda: None), type(Ellipsis), type(NotImplemented), property)
# The optional built-in types (features `bytes` and `complex`).
_builtins = __import__('builtins')
_atomic += tuple(getattr(_builtins, name) for name in ("bytes", "complex")
                 if hasattr(_builtins, name))
del _builtins
# `weakref.ref` copies as itself, as in CPython (`weakref` adds it when it
# is imported after this module).
_weakref_module = __import__('sys').modules.get('weakref')
if _weakref_module is not None:
    _atomic += (_weakref_module.ref,)
del _weakref_module


def _is_atomic(x):
    return type(x) in _atomic


# The types whose subclasses' instances hold a built-in value: never
# copied as plain instances.
_builtins = __import__('builtins')
_VALUE_BASES = tuple(getattr(_builtins, name) for name in (
    "int", "float", "complex", "str", "bytes", "bytearray", "tuple", "list",
    "dict", "set", "frozenset", "BaseException") if hasattr(_builtins, name))
del _builtins
_OBJECT_METHODS = tuple(getattr(object, name, None) for name in
                        ("__reduce_ex__", "__reduce__", "__getstate__", "__new__"))
_OWN_HOOKS = ("__setstate__", "__getnewargs__", "__getnewargs_ex__", "__slots__")


def _plain(x, cls):
    # True when x would reduce exactly as object's default does to
    # (copyreg.__newobj__, (cls,), x.__dict__ or None): an instance of a
    # Python class with no pickling method of its own, no __new__, no
    # slots, no built-in base. The copy is then made directly, without
    # building the reduction.
    if isinstance(x, _VALUE_BASES) or cls.__module__ == "builtins" or not hasattr(x, "__dict__"):
        return False
    if (cls.__reduce_ex__, cls.__reduce__, cls.__getstate__, cls.__new__) != _OBJECT_METHODS:
        return False
    for name in _OWN_HOOKS:
        if getattr(cls, name, None) is not None:
            return False
    import copyreg
    return cls not in copyreg.dispatch_table


def _reduce(x, cls):
    # x reduced as copy.py reduces it: copyreg's dispatch table, else
    # x.__reduce_ex__(4) (the class's own or object's default).
    import copyreg
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if getattr(x, "__reduce_ex__", None) is None:
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    return copyreg._reduce_ex(x, 4)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *_):
    """Rebuild a copy of x from its reduction; deep when memo is given."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """A shallow copy of x: a new container or instance holding the same
    items or attribute values."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if _plain(x, cls):
        y = object.__new__(cls)
        y.__dict__.update(x.__dict__)
        return y
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances are copied recursively;
    memo maps id() of already copied objects to their copies, so shared
    and cyclic structure is preserved."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is tuple:
        parts = [deepcopy(item, memo) for item in x]
        # Copying the items may have copied x itself (a cycle through a
        # mutable item): that copy is the answer.
        done = memo.get(key, _nil)
        if done is not _nil:
            return done
        same = all(a is b for a, b in zip(parts, x))
        result = x if same else tuple(parts)
    elif cls is list or cls is dict or cls is set:
        # Register the empty copy first so cycles find it.
        result = cls()
        memo[key] = result
        if cls is list:
            for item in x:
                result.append(deepcopy(item, memo))
        elif cls is dict:
            for k, v in x.items():
                result[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            for item in x:
                result.add(deepcopy(item, memo))
    elif cls is frozenset:
        result = frozenset([deepcopy(item, memo) for item in x])
    elif issubclass(cls, type):
        result = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        elif _plain(x, cls):
            result = object.__new__(cls)
            memo[key] = result
            state = x.__dict__
            if state:
                result.__dict__.update(deepcopy(state, memo))
        else:
            rv = _reduce(x, cls)
            result = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if result is not x:
        memo[key] = result
        # The memo also holds the originals (under its own id), so their
        # ids stay unique while the memo lives.
        memo.setdefault(id(memo), []).append(x)
    return result
