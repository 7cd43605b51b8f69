"""Data classes (PEP 557), written for ouro.

@dataclass reads a class's annotations and adds __init__, __repr__,
__eq__, the ordering methods, __hash__ and frozen-ness as asked. Provided:
dataclass (init, repr, eq, order, unsafe_hash, frozen, kw_only), field,
Field, fields, asdict, astuple, replace, is_dataclass, KW_ONLY, MISSING,
FrozenInstanceError, __post_init__ and __match_args__. Not yet: InitVar,
slots=True, make_dataclass.

__init__ is compiled from generated source (so its signature, defaults and
argument errors are a real function's); the other methods are closures
over the field names.
"""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass',
           'KW_ONLY']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

# Where a processed class keeps its fields and its decorator arguments.
_FIELDS_ATTR = '__dataclass_fields__'
_PARAMS_ATTR = '__dataclass_params__'

# Field kinds (what Field._field_type holds).
_PLAIN = '_FIELD'
_CLASSVAR = '_FIELD_CLASSVAR'


class Field:
    _shown = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
              'hash', 'compare', 'metadata', 'kw_only')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        parts = ['%s=%r' % (a, getattr(self, a)) for a in self._shown]
        parts.append('_field_type=%s' % (self._field_type,))
        return 'Field(' + ','.join(parts) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field beyond its annotation and default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, **flags):
        for name in flags:
            setattr(self, name, flags[name])


def _names_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    if getattr(annotation, "_ouro_classvar", False):
        return True
    return getattr(getattr(annotation, "__origin__", None), "_ouro_classvar", False)


def _names_kw_only(annotation):
    return annotation is KW_ONLY or annotation in ("KW_ONLY", "dataclasses.KW_ONLY")


def _make_field(cls, name, annotation, kw_only):
    given = cls.__dict__.get(name, MISSING)
    f = given if isinstance(given, Field) else field(default=given)
    f.name = name
    f.type = annotation
    if _names_classvar(annotation):
        f._field_type = _CLASSVAR
        return f
    f._field_type = _PLAIN
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f.default is not MISSING and type(f.default) in (list, dict, set):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# __init__ -----------------------------------------------------------------

_FACTORY_SENTINEL = object()


def _build_init(cls, plain, frozen):
    positional = [f for f in plain if f.init and not f.kw_only]
    keyword = [f for f in plain if f.init and f.kw_only]
    defaulted = False
    for f in positional:
        if _has_default(f):
            defaulted = True
        elif defaulted:
            raise TypeError('non-default argument %r follows default argument' % f.name)
    me = '__dataclass_self__' if any(f.name == 'self' for f in plain) else 'self'
    env = {'__dc_factory_sentinel__': _FACTORY_SENTINEL, '__dc_object__': object}

    def param(f):
        slot = '__dc_default_%s__' % f.name
        if f.default_factory is not MISSING:
            env[slot] = f.default_factory
            return f.name + '=__dc_factory_sentinel__'
        if f.default is not MISSING:
            env[slot] = f.default
            return f.name + '=' + slot
        return f.name

    params = [me] + [param(f) for f in positional]
    if keyword:
        params.append('*')
        params.extend([param(f) for f in keyword])
    body = []
    for f in plain:
        slot = '__dc_default_%s__' % f.name
        if f.default_factory is not MISSING:
            env[slot] = f.default_factory
            if f.init:
                value = '%s() if %s is __dc_factory_sentinel__ else %s' % (slot, f.name, f.name)
            else:
                value = slot + '()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env[slot] = f.default
            value = slot
        else:
            continue
        if frozen:
            body.append('__dc_object__.__setattr__(%s, %r, %s)' % (me, f.name, value))
        else:
            body.append('%s.%s = %s' % (me, f.name, value))
    if hasattr(cls, '__post_init__'):
        body.append(me + '.__post_init__()')
    # The defaults are parameters of an outer function, so the generated
    # __init__ finds them as closure variables.
    outer = ', '.join(env)
    src = ('def __dc_make__(%s):\n def __init__(%s):\n%s\n return __init__\n'
           % (outer, ', '.join(params), '\n'.join(['  ' + line for line in body or ['pass']])))
    scope = {}
    exec(src, {}, scope)
    return scope['__dc_make__'](**env)


# The other generated methods ----------------------------------------------

def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _make_repr(names):
    def __repr__(self):
        inner = ', '.join(['%s=%r' % (n, getattr(self, n)) for n in names])
        return type(self).__qualname__ + '(' + inner + ')'
    return __repr__


def _make_compare(op, names):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = _values(self, names)
        theirs = _values(other, names)
        if op == '==':
            return mine == theirs
        if op == '<':
            return mine < theirs
        if op == '<=':
            return mine <= theirs
        if op == '>':
            return mine > theirs
        return mine >= theirs
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _frozen_setattr(self, name, value):
    if type(self) is self.__class__ and name in getattr(type(self), _FIELDS_ATTR):
        raise FrozenInstanceError('cannot assign to field %r' % (name,))
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    if name in getattr(type(self), _FIELDS_ATTR):
        raise FrozenInstanceError('cannot delete field %r' % (name,))
    object.__delattr__(self, name)


def _add_method(cls, name, fn):
    """Install fn as cls.name unless the class body defined name itself;
    True when it was already there."""
    if name in cls.__dict__:
        return True
    fn.__name__ = name
    fn.__qualname__ = cls.__qualname__ + '.' + name
    fn.__module__ = cls.__module__
    setattr(cls, name, fn)
    return False


def _annotation_text(annotation):
    # As inspect.signature prints an annotation.
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(cls, positional, keyword):
    def one(f):
        text = f.name
        if f.type is not MISSING:
            text += ': ' + _annotation_text(f.type)
        if f.default is not MISSING:
            text += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    shown = [one(f) for f in positional]
    if keyword:
        shown.append('*')
        shown.extend([one(f) for f in keyword])
    return cls.__name__ + '(' + ', '.join(shown) + ')'


# The decorator --------------------------------------------------------------

def _process(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args):
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    setattr(cls, _PARAMS_ATTR, _Params(init=init, repr=repr, eq=eq, order=order,
                                       unsafe_hash=unsafe_hash, frozen=frozen))
    # Fields of dataclass bases first (the most basic first), then ours.
    all_fields = {}
    base_frozen = None
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get(_FIELDS_ATTR)
        if inherited is None:
            continue
        for f in inherited.values():
            all_fields[f.name] = f
        base_frozen = base_frozen or getattr(base, _PARAMS_ATTR).frozen
    annotations = cls.__dict__.get('__annotations__', {})
    after_marker = False
    for name, annotation in annotations.items():
        if _names_kw_only(annotation):
            after_marker = True
            continue
        f = _make_field(cls, name, annotation, kw_only or after_marker)
        all_fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            # The class attribute becomes the plain default (or goes away).
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    if base_frozen is not None:
        if base_frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not base_frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS_ATTR, all_fields)

    plain = [f for f in all_fields.values() if f._field_type == _PLAIN]
    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)

    if init:
        _add_method(cls, '__init__', _build_init(cls, plain, frozen))
    if repr:
        _add_method(cls, '__repr__', _make_repr([f.name for f in plain if f.repr]))
    compared = [f.name for f in plain if f.compare]
    if eq:
        _add_method(cls, '__eq__', _make_compare('==', compared))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _add_method(cls, name, _make_compare(op, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for name, fn in (('__setattr__', _frozen_setattr), ('__delattr__', _frozen_delattr)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
            setattr(cls, name, fn)
    # __hash__: generated when unsafe_hash, or when eq and frozen (unless the
    # class wrote its own); set to None when eq without frozen.
    if unsafe_hash:
        if explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        make_hash = True
    else:
        make_hash = eq and frozen and not explicit_hash
        if eq and not frozen and not explicit_hash:
            cls.__hash__ = None
    if make_hash:
        hashed = [f.name for f in plain if (f.compare if f.hash is None else f.hash)]
        fn = _make_hash(hashed)
        fn.__qualname__ = cls.__qualname__ + '.__hash__'
        fn.__module__ = cls.__module__
        cls.__hash__ = fn
    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_text(cls, [f for f in plain if f.init and not f.kw_only],
                                      [f for f in plain if f.init and f.kw_only])
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in plain if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding the generated methods (see the module doc)."""
    def apply(target):
        if slots:
            raise NotImplementedError("dataclass(slots=True) is not supported yet")
        if weakref_slot:
            raise TypeError('weakref_slot is True but slots is False')
        return _process(target, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args)
    return apply if cls is None else apply(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVars excluded)."""
    table = getattr(class_or_instance, _FIELDS_ATTR, None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple([f for f in table.values() if f._field_type == _PLAIN])


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS_ATTR)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS_ATTR)


def _convert(obj, pack):
    # Recursively turn dataclass instances into pack(list of parts), and
    # rebuild lists, tuples and dicts around converted contents; anything
    # else is deep-copied. pack receives (name, value) pairs for asdict and
    # bare values for astuple (see the callers).
    if _is_instance(obj):
        return pack(obj, [(f.name, _convert(getattr(obj, f.name), pack)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_convert(item, pack) for item in obj])
    if isinstance(obj, dict):
        return type(obj)([(_convert(k, pack), _convert(v, pack)) for k, v in obj.items()])
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursively."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, lambda inst, pairs: dict_factory(pairs))


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda inst, pairs: tuple_factory([v for _, v in pairs]))


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed (through __init__)."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS_ATTR).values():
        if f._field_type != _PLAIN:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
        elif f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(*args, **kwargs):
    raise NotImplementedError("dataclasses.make_dataclass is not supported yet")
