"""Enumerations (ouro: Enum, auto, unique, written in Python).

Until metaclasses exist, EnumType's work is done by Enum itself:
`__init_subclass__` turns the class attributes into members, `__new__`
finds a member by value, `__class_getitem__` by name, and the classmethods
`__ouro_class_iter__`/`__ouro_class_len__`/`__ouro_class_contains__`/
`__ouro_class_repr__` stand for the metaclass's iter/len/in/repr.
IntEnum, Flag, IntFlag and StrEnum are not provided yet.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'auto', 'unique']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder value in an Enum body: the class computes the real one
    with _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (staticmethod, classmethod, property, type(_is_descriptor))))


def _is_dunder(name):
    # '__x__': two underscores each side around a core that does not itself
    # start or end with one.
    core = name[2:-2]
    return name.startswith('__') and name.endswith('__') and core != '' \
        and not core.startswith('_') and not core.endswith('_')


def _is_sunder(name):
    # '_x_': one underscore each side, likewise.
    core = name[1:-1]
    return name.startswith('_') and name.endswith('_') and core != '' \
        and not core.startswith('_') and not core.endswith('_')


def _is_private(cls_name, name):
    # A mangled private name of this class: '_Cls__x' (not '_Cls__x__').
    mangled = '_' + cls_name.lstrip('_') + '__'
    return name.startswith(mangled) and len(name) > len(mangled) and not name.endswith('__')


class Enum:
    """Base class of enumerations: each class attribute of a subclass
    becomes a member, a singleton instance with a name and a value."""

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        for base in cls.__mro__[1:]:
            if base is not Enum and base.__dict__.get('_member_names_'):
                raise TypeError('%r cannot extend %r' % (cls, base))
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        last_values = []
        custom_init = any('__init__' in k.__dict__ for k in cls.__mro__ if k is not Enum and k is not object)
        items = [(k, v) for k, v in cls.__dict__.items()]
        for name, value in items:
            if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name):
                continue
            if _is_descriptor(value) or isinstance(value, type):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
                value = value.value
            last_values.append(value)
            existing = None
            for m in cls._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
            if existing is not None:
                cls._member_map_[name] = existing
                setattr(cls, name, existing)
                continue
            member = object.__new__(cls)
            member._name_ = name
            member._value_ = value
            if custom_init:
                args = value if isinstance(value, tuple) else (value,)
                member.__init__(*args)
            member.__objclass__ = cls
            cls._member_names_.append(name)
            cls._member_map_[name] = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                cls._unhashable_values_.append(value)
            setattr(cls, name, member)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # One more than the most recent value that supports + 1.
        i = len(last_values)
        while i > 0:
            i -= 1
            try:
                return last_values[i] + 1
            except TypeError:
                continue
        return start

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        if missing is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, missing))

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @classmethod
    def __ouro_class_iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    @classmethod
    def __ouro_class_len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __ouro_class_contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, 'EnumType'))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @classmethod
    def __ouro_class_repr__(cls):
        return "<enum %r>" % (cls.__name__,)

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


Enum._member_names_ = []
Enum._member_map_ = {}
Enum._value2member_map_ = {}


class _MembersDescriptor:
    def __get__(self, instance, owner):
        return dict(owner._member_map_)


Enum.__members__ = _MembersDescriptor()

EnumType = EnumMeta = type


def unique(enumeration):
    """Class decorator: refuse an enumeration in which two names share a
    value (the later name would be an alias)."""
    aliases = ['%s -> %s' % (name, member._name_)
               for name, member in enumeration._member_map_.items() if name != member._name_]
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(aliases)))
    return enumeration


class _Unsupported:
    def __init_subclass__(cls, **kwds):
        if _Unsupported not in cls.__bases__:
            raise NotImplementedError("enum.%s is not supported yet" % cls.__mro__[-3].__name__)


class IntEnum(_Unsupported):
    pass


class Flag(_Unsupported):
    pass


class IntFlag(_Unsupported):
    pass


class StrEnum(_Unsupported):
    pass
