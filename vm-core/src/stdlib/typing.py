"""Support for type hints (ouro: enough for annotated code to import and
run; the special forms can be subscripted and printed, and get_origin,
get_args and get_type_hints (of classes and modules) introspect them,
runtime_checkable protocols are checked structurally; NamedTuple and
TypedDict make namedtuple classes and dict types)."""

import collections as _collections
import collections.abc as _abc
import sys as _sys
import types as _types

TYPE_CHECKING = False


def _type_repr(obj):
    # How a type argument prints inside typing.X[...]: classes by qualified
    # name (bare for builtins, so NoneType), lists of arguments in
    # brackets, everything else by repr().
    if obj is None:
        return 'None'
    if obj is ...:
        return '...'
    if isinstance(obj, (list, tuple)):
        return '[%s]' % ', '.join([_type_repr(item) for item in obj])
    if not isinstance(obj, type):
        return repr(obj)
    qual = obj.__qualname__
    return qual if obj.__module__ == 'builtins' else obj.__module__ + '.' + qual


class _Final:
    pass


def _convert(params):
    # A type argument None stands for NoneType (also inside Callable's
    # argument list).
    return tuple(type(None) if p is None else list(_convert(p)) if isinstance(p, list) else p
                 for p in params)


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is not None:
            return self._getitem(self, parameters)
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _GenericAlias(self, parameters, self._name)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        name = self._name if self._name else _type_repr(self.__origin__)
        if self._name:
            name = 'typing.' + name
        if self._name == 'Callable' and len(self.__args__) == 2:
            return f'{name}[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, _convert(params), self._name)

    def __call__(self, *args, **kwargs):
        if self._name and isinstance(self.__origin__, type) and self.__origin__.__module__ == 'builtins':
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        # `class C(Base[int])` derives from Base, and from Generic unless a
        # later base brings it.
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if Generic not in entries:
                entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        # `Base[int].attr` is Base's (not for dunders, nor before __init__).
        if attr.startswith('__') and attr.endswith('__') or '__origin__' not in self.__dict__:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __eq__(self, other):
        if self._name in ('Union', 'Optional'):
            # Unions compare as sets of arguments, also with `X | Y`.
            if isinstance(other, _types.UnionType) or (
                    isinstance(other, _GenericAlias) and other._name in ('Union', 'Optional')):
                return set(self.__args__) == set(other.__args__)
            return NotImplemented
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self._name in ('Union', 'Optional'):
            return hash(frozenset(self.__args__))
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Alias(_Final):
    """typing.List and friends: a built-in (or abc) class by another name."""

    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, _convert(params), self._name)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, type) and self.__origin__.__module__ == 'builtins':
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]


def _union(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        if p is None:
            p = type(None)
        if (isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional')) or isinstance(p, _types.UnionType):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in params:
                params.append(q)
    if len(params) == 1:
        return params[0]
    if len(params) == 2 and type(None) in params:
        return _GenericAlias(form, tuple(params), 'Optional')
    return _GenericAlias(form, tuple(params), 'Union')


def _optional(form, parameter):
    return Union[parameter, None]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
ClassVar._ouro_classvar = True
Final = _SpecialForm('Final')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Unpack = _SpecialForm('Unpack')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')


List = _Alias(list, 'List')
Dict = _Alias(dict, 'Dict')
Set = _Alias(set, 'Set')
FrozenSet = _Alias(frozenset, 'FrozenSet')
Tuple = _Alias(tuple, 'Tuple')
Type = _Alias(type, 'Type')
Callable = _Alias(_abc.Callable, 'Callable')
Iterable = _Alias(_abc.Iterable, 'Iterable')
Iterator = _Alias(_abc.Iterator, 'Iterator')
Generator = _Alias(_abc.Generator, 'Generator')
Reversible = _Alias(_abc.Reversible, 'Reversible')
Sized = _Alias(_abc.Sized, 'Sized')
Container = _Alias(_abc.Container, 'Container')
Collection = _Alias(_abc.Collection, 'Collection')
Hashable = _abc.Hashable
Sequence = _Alias(_abc.Sequence, 'Sequence')
MutableSequence = _Alias(_abc.MutableSequence, 'MutableSequence')
Mapping = _Alias(_abc.Mapping, 'Mapping')
MutableMapping = _Alias(_abc.MutableMapping, 'MutableMapping')
AbstractSet = _Alias(_abc.Set, 'AbstractSet')
MutableSet = _Alias(_abc.MutableSet, 'MutableSet')
KeysView = _Alias(_abc.KeysView, 'KeysView')
ItemsView = _Alias(_abc.ItemsView, 'ItemsView')
ValuesView = _Alias(_abc.ValuesView, 'ValuesView')
MappingView = _Alias(_abc.MappingView, 'MappingView')
Text = str
ByteString = _Alias(_abc.ByteString, 'ByteString')
Awaitable = _Alias(_abc.Awaitable, 'Awaitable')
Coroutine = _Alias(_abc.Coroutine, 'Coroutine')
AsyncIterable = _Alias(_abc.AsyncIterable, 'AsyncIterable')
AsyncIterator = _Alias(_abc.AsyncIterator, 'AsyncIterator')
AsyncGenerator = _Alias(_abc.AsyncGenerator, 'AsyncGenerator')
DefaultDict = _Alias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _Alias(_collections.OrderedDict, 'OrderedDict')
Counter = _Alias(_collections.Counter, 'Counter')
ChainMap = _Alias(_collections.ChainMap, 'ChainMap')
Deque = _Alias(_collections.deque, 'Deque')


class TypeVar(_Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, _convert(params))


# Class attributes that are not protocol members.
_NOT_MEMBERS = frozenset([
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '_MutableMapping__marker', '__qualname__', '__init_subclass__', '__ouro_subclasscheck__',
    '__ouro_instancecheck__', '_check_runtime', '_ouro_not_subclasses', '__ouro_match__'])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in _NOT_MEMBERS:
                attrs.add(attr)
    return attrs


class Protocol(Generic):
    """Base class for protocol classes; @runtime_checkable ones answer
    isinstance()/issubclass() by their methods (structurally)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    @classmethod
    def _check_runtime(cls):
        # Whether `cls` is a protocol at all (a plain subclass of one is
        # checked nominally only); a TypeError unless @runtime_checkable.
        if not cls.__dict__.get('_is_protocol', False):
            return False
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        return True

    @classmethod
    def __ouro_subclasscheck__(cls, subclass):
        # Reached when the nominal check failed (ouro's stand-in for
        # _ProtocolMeta's checks): every member must be a method the
        # class has, not set to None.
        if not cls._check_runtime():
            return False
        if subclass in cls.__dict__.get('_ouro_not_subclasses', ()):
            return False
        attrs = _protocol_attrs(cls)
        if not all(callable(getattr(cls, attr, None)) for attr in attrs):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        for attr in attrs:
            for base in subclass.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                # (A built-in type's dunders live outside its __dict__.)
                if getattr(subclass, attr, None) is None:
                    return False
        return True

    @classmethod
    def __ouro_instancecheck__(cls, instance):
        # isinstance(): the class check when every member is a method,
        # else (or when that fails) the instance must have every member,
        # with no method set to None.
        if not cls._check_runtime():
            return False
        attrs = _protocol_attrs(cls)
        methods = [callable(getattr(cls, attr, None)) for attr in attrs]
        if all(methods) and cls.__ouro_subclasscheck__(type(instance)):
            return True
        for attr, method in zip(attrs, methods):
            if not hasattr(instance, attr) or (method and getattr(instance, attr) is None):
                # CPython's ABCMeta then caches the class as no subclass:
                # later issubclass() calls answer False without checking.
                if '_ouro_not_subclasses' not in cls.__dict__:
                    cls._ouro_not_subclasses = set()
                cls._ouro_not_subclasses.add(type(instance))
                return False
        return True


def runtime_checkable(cls):
    """Lets isinstance()/issubclass() check a protocol class structurally."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


_OVERLOAD_CALLED = ("You should not call an overloaded function. "
                    "A series of @typing.overload-decorated functions "
                    "outside a stub module should always be followed "
                    "by an implementation that is not @typing.overload-ed.")


def overload(func):
    # The decorated signature is only for type checkers; calling it is an
    # error (the real implementation, defined afterwards, replaces it).
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(_OVERLOAD_CALLED)
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg, /):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj, /):
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """For type checkers; the decorated object is returned unchanged."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def _field_type(tp):
    # A field's annotation as NamedTuple and TypedDict keep it (None is NoneType).
    return type(None) if tp is None else tp


# ------------------------------------------------------------- NamedTuple

# Names a NamedTuple class body may not define (namedtuple makes them).
_NAMEDTUPLE_RESERVED = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                                  '_field_defaults', '_make', '_replace', '_asdict', '_source'])
# Names of the class body namedtuple's class keeps its own values of.
_NAMEDTUPLE_OWN = frozenset(['__module__', '__name__', '__annotations__'])


def _make_namedtuple(typename, fields, module, defaults=()):
    # A collections.namedtuple class whose __annotations__ are the field types.
    fields = [(name, _field_type(tp)) for name, tp in fields]
    cls = _collections.namedtuple(typename, [name for name, tp in fields],
                                  defaults=defaults, module=module)
    cls.__annotations__ = dict(fields)
    return cls


class _NamedTupleMeta(type):
    """What a `class P(NamedTuple)` statement calls: it makes a namedtuple
    class of the annotated fields (values given in the body are their
    defaults) and copies the body's other attributes into it."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        with_defaults = []
        for name in annotations:
            if name in ns:
                with_defaults.append(name)
            elif with_defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(with_defaults) > 1 else ''} "
                                f"{', '.join(with_defaults)}")
        result = _make_namedtuple(typename, annotations.items(), ns['__module__'],
                                  [ns[name] for name in with_defaults])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_OWN and key not in result._fields:
                setattr(result, key, value)
        return result


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: `NamedTuple('P', [('x', int), ('y', int)])`,
    `NamedTuple('P', x=int, y=int)`, or as a base class whose annotated
    class attributes are the fields."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_namedtuple(typename, fields, _caller_module())


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


def _caller_module():
    # The module calling the caller (as namedtuple finds it), else __main__.
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


# -------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    """The metaclass of TypedDict classes: they are dict subclasses that
    record their keys' types; calling one makes a plain dict."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        result = type.__new__(_TypedDictMeta, name, (dict,), ns)
        own = {key: _field_type(tp) for key, tp in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Required:
                needed = True
            elif origin is NotRequired:
                needed = False
            else:
                needed = total
            if needed:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        result.__annotations__ = annotations
        result.__required_keys__ = frozenset(required)
        result.__optional_keys__ = frozenset(optional)
        if not hasattr(result, '__total__'):
            result.__total__ = total
        return result

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with fixed keys of given types: `TypedDict('Movie',
    {'name': str, 'year': int})`, or as a base class whose annotations are
    the keys (`total=False`: every key optional). Its instances are dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    """True for a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def get_origin(tp):
    """The unsubscripted form of a generic type (List[int] -> list,
    Union[int, str] -> Union, int | str -> types.UnionType), else None."""
    if isinstance(tp, (_GenericAlias, _Alias, _types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments of a subscripted type (Dict[str, int] ->
    (str, int)), else ()."""
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        return tuple(tp.__args__)
    return ()


def _hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' first) or module, with
    string annotations evaluated and None as NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = module.__dict__ if module is not None else {}
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in annotations.items():
                hints[name] = _hint(value, base_globals, base_locals)
        return hints
    if isinstance(obj, _types.ModuleType):
        namespace = obj.__dict__ if globalns is None else globalns
        return {name: _hint(value, namespace, localns)
                for name, value in getattr(obj, '__annotations__', {}).items()}
    if not hasattr(obj, '__annotations__'):
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        target = getattr(obj, '__func__', obj)
        while hasattr(target, '__wrapped__'):
            target = target.__wrapped__
        globalns = getattr(target, '__globals__', {})
    return {name: _hint(value, globalns, localns) for name, value in obj.__annotations__.items()}
