"""Enumerations (ouro: Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag,
FlagBoundary, auto, unique, written in Python).

EnumType's work is done by Enum itself: `__init_subclass__` turns the
class attributes into members, `__new__` finds a member by value,
`__class_getitem__` by name, and the classmethods `__ouro_class_iter__`/
`__ouro_class_len__`/`__ouro_class_contains__`/`__ouro_class_repr__` stand
for the metaclass's iter/len/in/repr. Members of an enum mixed with a
built-in type (`class P(int, Enum)`) are instances of that type; the
dunders EnumType would install (repr/str/format/hash, Flag's operators)
are set on each class so they win over the built-in type's.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'auto', 'unique']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder value in an Enum body: the class computes the real one
    with _generate_next_value_. (`R | W` of two in a Flag body is kept as
    an expression and computed once they have values.)"""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    def __or__(self, other):
        return _AutoOp(_or, self, other)

    def __ror__(self, other):
        return _AutoOp(_or, other, self)

    def __and__(self, other):
        return _AutoOp(_and, self, other)

    def __rand__(self, other):
        return _AutoOp(_and, other, self)

    def __xor__(self, other):
        return _AutoOp(_xor, self, other)

    def __rxor__(self, other):
        return _AutoOp(_xor, other, self)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


class _AutoOp(auto):
    # An operator applied to auto() values in a class body, evaluated when
    # the class assigns the values (in definition order).
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = _auto_null

    def resolve(self):
        return self.op(_resolved(self.left), _resolved(self.right))


def _resolved(v):
    if isinstance(v, _AutoOp):
        return v.resolve()
    if isinstance(v, auto):
        if v.value is _auto_null:
            raise TypeError('auto() value used before it was assigned')
        return v.value
    return v


def _member_type_of(cls):
    # The built-in data type an enumeration mixes in (object if none).
    for base in cls.__mro__[1:]:
        if base is not object and base.__module__ == 'builtins':
            return base
    return object


def _data_hash(self):
    return hash(self._value_)


def _pin(cls, names):
    # Set the nearest Python definition of each name on a class mixing in
    # a built-in type, so it wins over that type's (EnumType does likewise).
    # What was set so is skipped when a subclass looks for its own.
    pinned = set()
    for name in names:
        if name in cls.__dict__:
            continue
        for klass in cls.__mro__[1:]:
            if (klass.__module__ != 'builtins' and name in klass.__dict__
                    and name not in klass.__dict__.get('_ouro_pinned_', ())):
                setattr(cls, name, klass.__dict__[name])
                pinned.add(name)
                break
    cls._ouro_pinned_ = pinned


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

    def __init_subclass__(cls, boundary=None, **kwds):
        super().__init_subclass__(**kwds)
        for base in cls.__mro__[1:]:
            if base is not Enum and base.__dict__.get('_member_names_'):
                raise TypeError('%r cannot extend %r' % (cls, base))
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        member_type = _member_type_of(cls)
        cls._member_type_ = member_type
        flag = globals().get('Flag')
        is_flag = flag is not None and issubclass(cls, flag)
        if boundary is not None:
            cls._boundary_ = boundary
        if member_type is not object:
            names = ('__repr__', '__str__', '__format__', '__reduce_ex__', '__new__', '__init__')
            if is_flag:
                names += ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__',
                          '__contains__', '__iter__', '__len__', '__bool__')
            _pin(cls, names)
            if '__hash__' not in cls.__dict__:
                cls.__hash__ = _data_hash
        if is_flag:
            cls._inverted_ = None
        last_values = []
        custom_init = any('__init__' in k.__dict__ for k in cls.__mro__
                          if k.__module__ != 'builtins' and k.__module__ != __name__)
        items = [(k, v) for k, v in cls.__dict__.items()]
        for name, value in items:
            if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name):
                continue
            if isinstance(value, _AutoOp):
                value = value.resolve()
            elif _is_descriptor(value) or isinstance(value, type):
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
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(cls)
                member._value_ = value
            else:
                cls._check_member_value_(value)
                member = member_type.__new__(cls, *args)
                member._value_ = member_type(*args)
            member._name_ = name
            if custom_init:
                member.__init__(*args)
            member.__objclass__ = cls
            member._sort_order_ = len(cls._member_map_)
            if not is_flag or _is_single_bit(member._value_):
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
        if isinstance(missing, int) and getattr(cls, '_boundary_', None) is EJECT:
            return missing
        if missing is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, missing))

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _check_member_value_(cls, value):
        pass

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


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class ReprEnum(Enum):
    """An enumeration whose str() and format() are its mixed-in type's
    (only repr() shows the member)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """An enumeration whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are strs; auto() gives the lower-cased name."""

    @classmethod
    def _check_member_value_(cls, value):
        if not isinstance(value, str):
            raise TypeError('%r is not a string' % (value,))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits no member has: "strict"
    raises ValueError, "conform" drops them, "eject" returns a plain int,
    "keep" keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


def _bits(value):
    # The set bits of a non-negative int, lowest first.
    while value:
        low = value & -value
        yield low
        value ^= low


def _bin(num, max_bits):
    # The two's-complement binary form Flag's error messages show:
    # '0b0 0101' (the digit after '0b' is the sign).
    width = num.bit_length()
    if num >= 0:
        sign, digits = '0', bin(num)[2:] if num else ''
    else:
        sign, digits = '1', bin(num + (1 << (width + 1)))[3:] if width else ''
    digits = digits.rjust(width, sign)
    if len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign)
    return '0b%s %s' % (sign, digits)


class Flag(Enum):
    """An enumeration of bit flags: members combine with | & ^ ~, and a
    combination of members is a (pseudo-)member too."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        high = max(last_values)
        if not isinstance(high, int):
            raise TypeError('invalid flag value %r' % (high,))
        return 2 ** high.bit_length()

    def __init_subclass__(cls, boundary=None, **kwds):
        super().__init_subclass__(boundary=boundary, **kwds)
        mask = 0
        every = 0
        for member in cls._member_map_.values():
            if _is_single_bit(member._value_):
                mask |= member._value_
            every |= member._value_
        cls._flag_mask_ = mask
        cls._all_bits_ = 2 ** every.bit_length() - 1
        values = [cls._member_map_[n]._value_ for n in cls._member_names_]
        cls._by_definition_ = values != sorted(values)

    @classmethod
    def _iter_member_(cls, value):
        members = [cls._value2member_map_[bit] for bit in _bits(value & cls._flag_mask_)]
        if cls._by_definition_:
            members.sort(key=lambda m: m._sort_order_)
        return members

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~mask
        known = value & mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _bin(unknown, 0)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._sort_order_ = -1
        if known:
            pseudo._name_ = '|'.join([m._name_ for m in cls._iter_member_(known)])
            if unknown:
                pseudo._name_ += '|%r' % (unknown,)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    @classmethod
    def __ouro_class_repr__(cls):
        return "<flag %r>" % (cls.__name__,)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (name, self._value_)
        return "<%s.%s: %r>" % (name, self._name_, self._value_)

    def __str__(self):
        name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is KEEP:
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            self._inverted_ = inverted
            if isinstance(inverted, self.__class__):
                inverted._inverted_ = self
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._boundary_ = STRICT
Flag._flag_mask_ = 0
Flag._all_bits_ = 0
Flag._by_definition_ = False
Flag._inverted_ = None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints (and combine with ints)."""
