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
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                result = x
            else:
                result = _reconstruct(x, memo, *rv)
    if result is not x:
        memo[key] = result
        # The memo also holds the originals (under its own id), so their
        # ids stay unique while the memo lives.
        memo.setdefault(id(memo), []).append(x)
    return result
