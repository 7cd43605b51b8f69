"""Generic (shallow and deep) copying operations.

ouro: written in Python after CPython's Lib/copy.py: built-in containers,
instances (their __dict__ and __slots__), and the __copy__/__deepcopy__
hooks; __reduce_ex__-based copying of other objects is not provided.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, type, range, type(len),
           type(lambda: None), type(Ellipsis), type(NotImplemented))


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
    """Shallow copy operation on arbitrary Python objects."""
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
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # We're not going to put the tuple in the memo, but it's still
        # important we check for it, in case the tuple contains recursive
        # mutable structures.
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for v in x:
            y.add(deepcopy(v, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(v, memo) for v in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif cls.__module__ == "builtins":
            raise Error("un(deep)copyable object of type %s" % cls)
        else:
            y = _new_like(x)
            memo[d] = y
            _copy_state(x, y, lambda v: deepcopy(v, memo))
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
