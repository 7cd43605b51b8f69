"""Python's operators as plain functions (ouro's operator module).

Each function applies one operator to its arguments: operator.add(x, y)
is x + y. The in-place forms (iadd, ...) return the updated left operand.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
           'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs


# Comparisons.
def lt(a, b):
    "Return a < b."
    return a < b

def le(a, b):
    "Return a <= b."
    return a <= b

def eq(a, b):
    "Return a == b."
    return a == b

def ne(a, b):
    "Return a != b."
    return a != b

def ge(a, b):
    "Return a >= b."
    return a >= b

def gt(a, b):
    "Return a > b."
    return a > b


# Truth and identity.
def not_(a):
    "Return not a."
    return not a

def truth(a):
    "Return bool(a)."
    return bool(a)

def is_(a, b):
    "Return a is b."
    return a is b

def is_not(a, b):
    "Return a is not b."
    return a is not b


# Arithmetic and bitwise operators.
def abs(a):
    "Return abs(a)."
    return _builtin_abs(a)

def add(a, b):
    "Return a + b."
    return a + b

def and_(a, b):
    "Return a & b."
    return a & b

def floordiv(a, b):
    "Return a // b."
    return a // b

def index(a):
    "The integer value of a, from a.__index__()."
    if isinstance(a, int):
        return int(a) if type(a) is not int else a
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = hook(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    return result

def inv(a):
    "Return ~a."
    return ~a

invert = inv

def lshift(a, b):
    "Return a << b."
    return a << b

def mod(a, b):
    "Return a % b."
    return a % b

def mul(a, b):
    "Return a * b."
    return a * b

def matmul(a, b):
    "Return a @ b."
    return a @ b

def neg(a):
    "Return -a."
    return -a

def or_(a, b):
    "Return a | b."
    return a | b

def pos(a):
    "Return +a."
    return +a

def pow(a, b):
    "Return a ** b."
    return a ** b

def rshift(a, b):
    "Return a >> b."
    return a >> b

def sub(a, b):
    "Return a - b."
    return a - b

def truediv(a, b):
    "Return a / b."
    return a / b

def xor(a, b):
    "Return a ^ b."
    return a ^ b


# Sequences and containers.
def _is_sequence(a):
    if isinstance(a, (list, tuple, str, range)):
        return True
    return not isinstance(a, dict) and hasattr(type(a), '__getitem__')

def concat(a, b):
    "Return a + b; a must be a sequence."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b):
    "Return b in a (the container comes first)."
    return b in a

def countOf(a, b):
    "Count the items of a that are b or equal b."
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n

def delitem(a, b):
    "Delete a[b]."
    del a[b]

def getitem(a, b):
    "Return a[b]."
    return a[b]

def indexOf(a, b):
    "Return the first index of b in a."
    at = 0
    for item in a:
        if item is b or item == b:
            return at
        at += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    "Store c in a[b]."
    a[b] = c

def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj.

    Tries len(obj), then obj.__length_hint__(), then returns default.
    """
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is None:
        return default
    hint = hook(obj)
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(hint).__name__)
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


# Calling.
def call(obj, /, *args, **kwargs):
    "Return obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# In-place operators: the augmented assignment, then its result.
def iadd(a, b):
    "Apply a += b and return a."
    a += b
    return a

def iand(a, b):
    "Apply a &= b and return a."
    a &= b
    return a

def iconcat(a, b):
    "Apply a += b (a must be a sequence) and return a."
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b):
    "Apply a //= b and return a."
    a //= b
    return a

def ilshift(a, b):
    "Apply a <<= b and return a."
    a <<= b
    return a

def imod(a, b):
    "Apply a %= b and return a."
    a %= b
    return a

def imul(a, b):
    "Apply a *= b and return a."
    a *= b
    return a

def imatmul(a, b):
    "Apply a @= b and return a."
    a @= b
    return a

def ior(a, b):
    "Apply a |= b and return a."
    a |= b
    return a

def ipow(a, b):
    "Apply a **= b and return a."
    a **= b
    return a

def irshift(a, b):
    "Apply a >>= b and return a."
    a >>= b
    return a

def isub(a, b):
    "Apply a -= b and return a."
    a -= b
    return a

def itruediv(a, b):
    "Apply a /= b and return a."
    a /= b
    return a

def ixor(a, b):
    "Apply a ^= b and return a."
    a ^= b
    return a


# Callable objects that fetch or call something on their argument.
class attrgetter:
    """Callable that fetches the given attribute(s) from its operand.

    attrgetter('x') gives f with f(r) == r.x; attrgetter('x', 'y') gives
    (r.x, r.y); dotted names walk attributes: 'a.b' gives r.a.b.
    """
    __slots__ = ('_names', '_paths')

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(name.split('.')))
        self._names = names
        self._paths = tuple(paths)

    def _fetch(self, obj, path):
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return self._fetch(obj, self._paths[0])
        return tuple([self._fetch(obj, p) for p in self._paths])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join([repr(n) for n in self._names])

    def __reduce__(self):
        return self.__class__, self._names


class itemgetter:
    """Callable that fetches the given item(s) from its operand.

    itemgetter(2) gives f with f(r) == r[2]; itemgetter(2, 5) gives
    (r[2], r[5]).
    """
    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join([repr(i) for i in self._items])

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Callable that calls the named method on its operand.

    methodcaller('name', 1, k=2) gives f with f(r) == r.name(1, k=2).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, args = args[0], args[1], args[2:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)]
        shown.extend([repr(a) for a in self._args])
        shown.extend(['%s=%r' % (k, v) for k, v in self._kwargs.items()])
        return 'operator.methodcaller(%s)' % ', '.join(shown)

    def __reduce__(self):
        return self.__class__, (self._name,) + self._args


# The dunder spellings name the same functions.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__call__ = call
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor


# CPython's messages name these C types with their module (the VM reads
# __ouro_tp_name__ for them; dir() does not show it).
for _cls in (attrgetter, itemgetter, methodcaller):
    _cls.__ouro_tp_name__ = "operator." + _cls.__name__
del _cls
