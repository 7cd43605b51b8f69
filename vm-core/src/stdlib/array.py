"""Arrays of numbers of one C type, or of characters (written for ouro:
an array keeps its items packed by typecode in a native buffer, `_a`,
and the native `_array` module is the hot methods themselves, so
`a[i]`, `a[i] = x` and `len(a)` run no Python frame)."""

import _array
from _array import typecodes

__all__ = ['ArrayType', 'array', 'typecodes']

_new = _array.new
_tolist = _array.tolist
_extend_list = _array.extend_list
_extend_array = _array.extend_array


def _as_index(i):
    # An int argument (int or __index__), or CPython's TypeError.
    if isinstance(i, int):
        return int(i)
    index = getattr(type(i), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(i).__name__}' object cannot be interpreted as an integer")
    return index(i)


def _repeat_count(n):
    # The count of `array * n`.
    if isinstance(n, int):
        return int(n)
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
    return index(n)


def _wrap(buf):
    # A new array (never a subclass, as in CPython) owning the buffer.
    a = object.__new__(array)
    a._a = buf
    return a


class array:
    """array(typecode[, initializer]): an array of numbers of one C type
    (or of characters for typecode 'u'), initialized from a list, an
    iterable, bytes, a str ('u' only) or another array."""

    __hash__ = None

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError(f'array() takes at most 2 arguments ({len(args)} given)')
        tc = args[0]
        self._a = _new(tc)
        if len(args) == 1:
            return
        init = args[1]
        if isinstance(init, array):
            if init.typecode == 'u' and tc != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{tc}'")
            _extend_list(self, _tolist(init))
        elif isinstance(init, str):
            if tc != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{tc}'")
            _extend_list(self, list(init))
        elif isinstance(init, (bytes, bytearray)):
            _array.frombytes(self, init)
        else:
            if type(init) is not list and type(init) is not tuple:
                init = list(init)
            _extend_list(self, init)

    typecode = property(_array.typecode, doc='The typecode character used to create the array.')
    itemsize = property(_array.itemsize, doc='The size in bytes of one item.')

    __getitem__ = _array.getitem
    __setitem__ = _array.setitem
    __delitem__ = _array.delitem
    __len__ = _array.length

    def __repr__(self):
        name = type(self).__name__
        tc = self.typecode
        if not len(self):
            return f"{name}('{tc}')"
        if tc == 'u':
            return f"{name}('u', {''.join(_tolist(self))!r})"
        return f"{name}('{tc}', {_tolist(self)!r})"

    def __contains__(self, x):
        return x in _tolist(self)

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) == _tolist(other)

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) != _tolist(other)

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) < _tolist(other)

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) <= _tolist(other)

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) > _tolist(other)

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) >= _tolist(other)

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other.typecode != self.typecode:
            raise TypeError('bad argument type for built-in operation')
        r = _wrap(_array.copy(self))
        _extend_array(r, other)
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        _extend_array(self, other)
        return self

    def __mul__(self, n):
        return _wrap(_array.repeat(self, _repeat_count(n)))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a = _array.repeat(self, _repeat_count(n))
        return self

    def __copy__(self):
        return _wrap(_array.copy(self))

    def __deepcopy__(self, memo):
        return _wrap(_array.copy(self))

    append = _array.append
    tolist = _tolist
    tobytes = _array.tobytes
    byteswap = _array.byteswap
    reverse = _array.reverse

    def extend(self, iterable):
        """Appends the items of an array of the same typecode or of an iterable."""
        if isinstance(iterable, array):
            _extend_array(self, iterable)
            return
        append = _array.append
        for v in iterable:
            append(self, v)

    def insert(self, i, v):
        """Inserts an item before position i."""
        _array.insert(self, _as_index(i), v)

    def pop(self, i=-1):
        """Removes and returns item i (the last one by default)."""
        if not len(self):
            raise IndexError('pop from empty array')
        return _array.pop(self, _as_index(i))

    def remove(self, x):
        """Removes the first item equal to x."""
        try:
            i = _tolist(self).index(x)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None
        del self[i]

    def index(self, x, start=0, stop=9223372036854775807):
        """The position of the first item equal to x (in [start, stop))."""
        try:
            return _tolist(self).index(x, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, x):
        """The number of items equal to x."""
        return _tolist(self).count(x)

    def fromlist(self, items):
        """Appends the items of a list (all or none)."""
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        _extend_list(self, items)

    def frombytes(self, buffer):
        """Appends the items held in a bytes-like object's machine representation."""
        _array.frombytes(self, buffer)

    def buffer_info(self):
        """(address, length): ouro has no stable address to give, so the
        address is the buffer object's id."""
        return (id(self._a), len(self))

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self.typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(_tolist(self))

    def fromunicode(self, s):
        """Appends the characters of a str to a 'u' array."""
        if not isinstance(s, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(s).__name__}')
        if self.typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        _extend_list(self, list(s))


_array.register(array, _wrap)

ArrayType = array
