"""Shallow and deep copies of objects, written for ouro.

Handles the built-in containers, instances (their __dict__ and
__slots__, or __getstate__/__setstate__) and the __copy__/__deepcopy__
hooks; __reduce_ex__-based copying of other objects is not provided.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, type, range, type(len),
           type(lambda: None), type(Ellipsis), type(NotImplemented))
# `weakref.ref` copies as itself, as in CPython (`weakref` adds it when it
# is imported after this module).
_weakref_module = __import__('sys').modules.get('weakref')
if _weakref_module is not None:
    _atomic += (_weakref_module.ref,)
del _weakref_module


def _is_atomic(x):
    cls = type(x)
    return cls in _atomic or cls is frozenset and all(_is_atomic(v) for v in x)


def _new_like(x):
    cls = type(x)
    y = object.__new__(cls)
    return y


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__"):
                names.append(name)
    return names


def _copy_state(x, y, copier):
    cls = type(x)
    if hasattr(x, "__getstate__") and "__getstate__" in _own_attrs(cls):
        state = x.__getstate__()
        if hasattr(y, "__setstate__"):
            y.__setstate__(copier(state))
            return
        if isinstance(state, dict):
            y.__dict__.update(copier(state))
        return
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if d:
        y.__dict__.update(copier(dict(d)))
    for name in _slot_names(cls):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, copier(value))


def _own_attrs(cls):
    names = set()
    for c in cls.__mro__:
        if c is not object:
            names.update(c.__dict__)
    return names


def copy(x):
    """A shallow copy of x: a new container or instance holding the same
    items or attribute values."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls.__module__ == "builtins":
        raise Error("un(shallow)copyable object of type %s" % cls)
    y = _new_like(x)
    _copy_state(x, y, lambda v: v)
    return y


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
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        elif cls.__module__ == "builtins":
            raise Error("un(deep)copyable object of type %s" % cls)
        else:
            result = _new_like(x)
            memo[key] = result
            _copy_state(x, result, lambda v: deepcopy(v, memo))
    if result is not x:
        memo[key] = result
        # The memo also holds the originals (under its own id), so their
        # ids stay unique while the memo lives.
        memo.setdefault(id(memo), []).append(x)
    return result
