"""Names for the types of built-in objects (those ouro has), plus
GenericAlias (what `list[int]` builds) and SimpleNamespace."""

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(compile("", "", "exec"))
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ModuleType = type(_sys)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)


async def _co():
    pass


_c = _co()
CoroutineType = type(_c)
_c.close()
del _co, _c


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _ag

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)

if hasattr(_sys, "_getframe"):
    FrameType = type(_sys._getframe())


def coroutine(func):
    """Make a generator function's generators awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return _sys._ouro_iterable_coroutine(func)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _g, _C


def _type_repr(obj):
    # Classes print by (module-qualified, unless builtin) name, ... as
    # '...', anything else by repr().
    if obj is ...:
        return '...'
    if not isinstance(obj, type):
        return repr(obj)
    prefix = '' if obj.__module__ == 'builtins' else obj.__module__ + '.'
    return prefix + obj.__qualname__


class GenericAlias:
    """A class subscripted with type arguments (PEP 585): list[int]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        raise TypeError(f"{self!r} is not a generic class")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)


class UnionType:
    """`X | Y` of types (PEP 604): what `int | None` builds."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        # (Each argument in turn: a generic alias raises once reached.)
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
            if issubclass(cls, arg):
                return True
        return False

    @property
    def __parameters__(self):
        return ()


UnionType.__module__ = 'types'


def _union_or(left, right):
    # `left | right` for types, None, generic aliases and unions (the
    # operator `type | x` and `x | type` reach here); NotImplemented for
    # other operands.
    args = []
    for side in (left, right):
        if isinstance(side, UnionType):
            items = side.__args__
        elif side is None:
            items = (NoneType,)
        elif isinstance(side, (type, GenericAlias)):
            items = (side,)
        else:
            return NotImplemented
        for item in items:
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    union = object.__new__(UnionType)
    union.__args__ = tuple(args)
    return union


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; printed as namespace(a=1, ...), equal when the attributes are."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        attrs = self.__dict__
        for key, value in dict(mapping_or_iterable).items():
            attrs[key] = value
        for key in kwargs:
            attrs[key] = kwargs[key]

    def __repr__(self):
        shown = ['%s=%r' % pair for pair in self.__dict__.items()]
        return 'namespace(' + ', '.join(shown) + ')'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)


# `sys.implementation` is made before this module, as an instance of a
# bare stand-in class: it becomes a SimpleNamespace now.
if type(getattr(_sys, 'implementation', None)).__qualname__ == 'SimpleNamespace':
    _sys.implementation.__class__ = SimpleNamespace
