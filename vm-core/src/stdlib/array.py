"""Arrays of numbers of one C type, or of characters (written for ouro:
the native `_array` module converts and range-checks items and does
the machine representation; this layer is the array class, whose items
live in a list of already converted values)."""

from _array import typecodes
from _array import itemsize as _itemsize, convert as _convert, convert_all as _convert_all
from _array import tobytes as _tobytes, frombytes as _frombytes, byteswap as _byteswap

__all__ = ['ArrayType', 'array', 'typecodes']


def _as_index(i):
    # An int argument (int or __index__), or CPython's TypeError.
    if isinstance(i, int):
        return i
    index = getattr(type(i), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(i).__name__}' object cannot be interpreted as an integer")
    return index(i)


def _subscript(i):
    # An array subscript that is not a slice, as an int.
    if isinstance(i, int):
        return i
    index = getattr(type(i), '__index__', None)
    if index is None:
        raise TypeError('array indices must be integers')
    return index(i)


def _repeat_count(n):
    # The count of `array * n`.
    if isinstance(n, int):
        return n
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
    return index(n)


def _make(typecode, size, items):
    # A new array (never a subclass, as in CPython) owning `items`.
    a = object.__new__(array)
    a._tc = typecode
    a._size = size
    a._items = items
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
        self._size = _itemsize(tc)
        self._tc = tc
        if len(args) == 1:
            self._items = []
            return
        init = args[1]
        if isinstance(init, array):
            if init._tc == 'u' and tc != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{tc}'")
            self._items = _convert_all(tc, init._items)
        elif isinstance(init, str):
            if tc != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{tc}'")
            self._items = list(init)
        elif isinstance(init, (bytes, bytearray)):
            self._items = _frombytes(tc, init)
        else:
            if type(init) is not list and type(init) is not tuple:
                init = list(init)
            self._items = _convert_all(tc, init)

    @property
    def typecode(self):
        """The typecode character used to create the array."""
        return self._tc

    @property
    def itemsize(self):
        """The size in bytes of one item."""
        return self._size

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._tc}')"
        if self._tc == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._tc}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _make(self._tc, self._size, self._items[i])
        i = _subscript(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        items = self._items
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            if i.step is None or i.step == 1:
                items[i] = v._items
                return
            n = len(range(len(items))[i])
            if len(v._items) != n:
                raise ValueError(f'attempt to assign array of size {len(v._items)} to extended slice of size {n}')
            items[i] = list(v._items)
            return
        i = _subscript(i)
        if i < 0:
            i += len(items)
        if not 0 <= i < len(items):
            raise IndexError('array assignment index out of range')
        items[i] = _convert(self._tc, v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _subscript(i)
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return _make(self._tc, self._size, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return _make(self._tc, self._size, self._items * _repeat_count(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _repeat_count(n)
        return self

    def __copy__(self):
        return _make(self._tc, self._size, list(self._items))

    def __deepcopy__(self, memo):
        return _make(self._tc, self._size, list(self._items))

    def append(self, v):
        """Appends an item."""
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable):
        """Appends the items of an array of the same typecode or of an iterable."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        tc = self._tc
        items = self._items
        for v in iterable:
            items.append(_convert(tc, v))

    def insert(self, i, v):
        """Inserts an item before position i."""
        self._items.insert(_as_index(i), _convert(self._tc, v))

    def pop(self, i=-1):
        """Removes and returns item i (the last one by default)."""
        items = self._items
        if not items:
            raise IndexError('pop from empty array')
        i = _as_index(i)
        if i < 0:
            i += len(items)
        if not 0 <= i < len(items):
            raise IndexError('pop index out of range')
        return items.pop(i)

    def remove(self, x):
        """Removes the first item equal to x."""
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, x, start=0, stop=9223372036854775807):
        """The position of the first item equal to x (in [start, stop))."""
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, x):
        """The number of items equal to x."""
        return self._items.count(x)

    def reverse(self):
        """Reverses the items in place."""
        self._items.reverse()

    def tolist(self):
        """The items as a list."""
        return list(self._items)

    def fromlist(self, items):
        """Appends the items of a list (all or none)."""
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend(_convert_all(self._tc, items))

    def tobytes(self):
        """The items' machine representation (native byte order)."""
        return _tobytes(self._tc, self._items)

    def frombytes(self, buffer):
        """Appends the items held in a bytes-like object's machine representation."""
        if isinstance(buffer, array):
            # Only an array of one-byte items is a buffer of bytes.
            if buffer._size != 1:
                raise TypeError('a bytes-like object is required')
            buffer = buffer.tobytes()
        self._items.extend(_frombytes(self._tc, buffer))

    def byteswap(self):
        """Reverses the bytes of every item (for data from another byte order)."""
        self._items[:] = _byteswap(self._tc, self._items)

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        """Appends the characters of a str to a 'u' array."""
        if not isinstance(s, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(s).__name__}')
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)


ArrayType = array
