"""The built-in memoryview (written for ouro in Python: the name
`memoryview` loads this module at its first use). A view is its exporter
(bytes, bytearray or array.array) with a byte offset, an item count and a
byte stride, so slices are views of the same memory, and writes through a
view of a bytearray or an array change it at once."""

_SIZES = {'b': 1, 'B': 1, 'c': 1, '?': 1, 'h': 2, 'H': 2, 'e': 2, 'i': 4, 'I': 4,
          'f': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'd': 8, 'P': 8}
_BYTE_FORMATS = 'bBc'
_INT_RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
               'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
               'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1),
               'n': (-2**63, 2**63 - 1), 'N': (0, 2**64 - 1), 'P': (0, 2**64 - 1)}
_FIELDS = ('_obj', '_base', '_fmt', '_size', '_off', '_len', '_stride', '_ro', '_released', '_native', '_shown')
_RELEASED = 'operation forbidden on released memoryview object'


def _array_class():
    import sys
    mod = sys.modules.get('array')
    return None if mod is None else mod.array


def _index(key):
    if isinstance(key, int):
        return int(key)
    index = getattr(type(key), '__index__', None)
    if index is None:
        raise TypeError('memoryview: invalid slice key')
    return index(key)


def _slice_index(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError('slice indices must be integers or None or have an __index__ method')
    return index(v)


def _indices(key, n):
    # slice.indices(n), as CPython clamps it.
    step = 1 if key.step is None else _slice_index(key.step)
    if step == 0:
        raise ValueError('slice step cannot be zero')
    lower, upper = (-1, n - 1) if step < 0 else (0, n)
    bounds = []
    for v, default in ((key.start, upper if step < 0 else lower), (key.stop, lower if step < 0 else upper)):
        if v is None:
            bounds.append(default)
            continue
        v = _slice_index(v)
        if v < 0:
            v = max(v + n, lower)
        else:
            v = min(v, upper)
        bounds.append(v)
    return bounds[0], bounds[1], step


def _hex(data, sep=None, bytes_per_sep=1):
    # bytes.hex(sep, bytes_per_sep), as CPython groups the digits.
    digits = data.hex()
    if sep is None:
        return digits
    if isinstance(sep, (bytes, bytearray)):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        sep = chr(sep[0])
    elif not isinstance(sep, str):
        raise TypeError(f"object of type '{type(sep).__name__}' has no len()")
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if ord(sep) > 127:
        raise ValueError('sep must be ASCII.')
    n = _slice_index(bytes_per_sep)
    if n == 0 or len(data) <= abs(n):
        return digits
    width = 2 * abs(n)
    if n > 0:
        first = len(digits) % width or width
        parts = [digits[:first]] + [digits[k:k + width] for k in range(first, len(digits), width)]
    else:
        parts = [digits[k:k + width] for k in range(0, len(digits), width)]
    return sep.join(parts)


def _tuple_key(key):
    # A tuple key on a one-dimensional view: CPython's errors, unless it is one int.
    if not key:
        raise NotImplementedError('sub-views are not implemented')
    if any(isinstance(k, slice) for k in key):
        raise NotImplementedError('multi-dimensional slicing is not implemented')
    if len(key) > 1:
        raise TypeError(f'cannot index 1-dimension view with {len(key)}-element tuple')


def _new(obj, base, fmt, size, off, n, stride, readonly):
    m = object.__new__(memoryview)
    m._obj = obj
    m._base = base
    m._fmt = fmt
    m._size = size
    m._off = off
    m._len = n
    m._stride = stride
    m._ro = readonly
    m._released = False
    m._shown = fmt
    # True when the base's own indexing gives this view's items: bytes or
    # bytearray seen as 'B', an array seen in its own format at item offsets.
    if isinstance(base, (bytes, bytearray)):
        m._native = fmt == 'B'
    else:
        m._native = fmt == _array_format(base) and off % size == 0 and stride % size == 0
    return m


def _array_format(a):
    tc = a.typecode
    return 'w' if tc == 'u' else tc


class memoryview:
    """Create a new memoryview object which references the given object."""

    __module__ = 'builtins'

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1 or (kwargs and 'object' not in kwargs):
            if len(args) > 1:
                raise TypeError(f'memoryview() takes at most 1 argument ({len(args) + len(kwargs)} given)')
            for k in kwargs:
                if k != 'object':
                    raise TypeError(f"memoryview() got an unexpected keyword argument '{k}'")
        if args:
            obj = args[0]
        elif 'object' in kwargs:
            obj = kwargs['object']
        else:
            raise TypeError("memoryview() missing required argument 'object' (pos 1)")
        if isinstance(obj, memoryview):
            obj._check()
            src = obj
        elif isinstance(obj, (bytes, bytearray)):
            src = _new(obj, obj, 'B', 1, 0, len(obj), 1, isinstance(obj, bytes))
        else:
            array = _array_class()
            if array is None or not isinstance(obj, array):
                raise TypeError(f"memoryview: a bytes-like object is required, not '{type(obj).__name__}'")
            size = obj.itemsize
            src = _new(obj, obj, _array_format(obj), size, 0, len(obj), size, False)
        for name in _FIELDS:
            setattr(self, name, getattr(src, name))

    # ----- checks and raw access -----

    def _check(self):
        if self._released:
            raise ValueError(_RELEASED)

    def _raw(self):
        # The bytes of the whole base (a copy for an array).
        base = self._base
        return base if isinstance(base, (bytes, bytearray)) else base.tobytes()

    def _get(self, p):
        if self._native:
            return self._base[p // self._size]
        import struct
        return struct.unpack_from(self._fmt, self._raw(), p)[0]

    def _convert(self, v):
        # The value an item of this format takes, or CPython's error.
        fmt = self._fmt
        if fmt == '?':
            return bool(v)
        if fmt == 'c':
            if not isinstance(v, (bytes, bytearray)):
                raise TypeError(f"memoryview: invalid type for format '{fmt}'")
            if len(v) != 1:
                raise ValueError(f"memoryview: invalid value for format '{fmt}'")
            return bytes(v)
        if fmt in 'fde':
            if isinstance(v, float):
                return v
            if isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
                try:
                    return float(v)
                except OverflowError:
                    raise ValueError(f"memoryview: invalid value for format '{fmt}'") from None
            raise TypeError(f"memoryview: invalid type for format '{fmt}'")
        if not isinstance(v, int):
            if not hasattr(type(v), '__index__'):
                raise TypeError(f"memoryview: invalid type for format '{fmt}'")
            v = type(v).__index__(v)
        lo, hi = _INT_RANGES.get(fmt, (0, 0))
        if not lo <= v <= hi:
            raise ValueError(f"memoryview: invalid value for format '{fmt}'")
        return int(v)

    def _put(self, p, v):
        base = self._base
        if self._native:
            base[p // self._size] = v
            return
        import struct
        if isinstance(base, bytearray):
            data = struct.pack(self._fmt, v)
            for k in range(len(data)):
                base[p + k] = data[k]
            return
        raw = bytearray(base.tobytes())
        data = struct.pack(self._fmt, v)
        for k in range(len(data)):
            raw[p + k] = data[k]
        base[:] = type(base)(base.typecode, bytes(raw))

    # ----- the sequence protocol -----

    def __len__(self):
        self._check()
        return self._len

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, stop, step = _indices(key, self._len)
            n = len(range(start, stop, step))
            return _new(self._obj, self._base, self._fmt, self._size,
                        self._off + start * self._stride, n, self._stride * step, self._ro)
        if isinstance(key, tuple):
            _tuple_key(key)
            key = key[0]
        i = _index(key)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('index out of bounds on dimension 1')
        return self._get(self._off + i * self._stride)

    def __setitem__(self, key, value):
        self._check()
        if self._ro:
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            dest = self[key]
            if isinstance(value, memoryview):
                src = value
            elif isinstance(value, (bytes, bytearray)) or isinstance(value, _array_class() or ()):
                src = memoryview(value)
            else:
                raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")
            if src._fmt != dest._fmt or len(src) != dest._len:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            items = src.tolist()
            for k in range(dest._len):
                dest._put(dest._off + k * dest._stride, items[k])
            return
        i = _index(key)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('index out of bounds on dimension 1')
        self._put(self._off + i * self._stride, self._convert(value))

    def __delitem__(self, key):
        self._check()
        if self._ro:
            raise TypeError('cannot modify read-only memory')
        raise TypeError('cannot delete memory')

    def __iter__(self):
        self._check()
        return iter(self.tolist())

    # ----- conversions -----

    def tolist(self):
        """Return the data in the buffer as a list of elements."""
        self._check()
        off, stride = self._off, self._stride
        if self._native and isinstance(self._base, (bytes, bytearray)) and stride == 1:
            return list(self._base[off:off + self._len])
        return [self._get(off + k * stride) for k in range(self._len)]

    def tobytes(self, order=None):
        """Return the data in the buffer as a byte string."""
        self._check()
        if order is not None and order not in ('C', 'F', 'A'):
            raise ValueError("order must be 'C', 'F' or 'A'")
        raw = self._raw()
        off, size, stride = self._off, self._size, self._stride
        if stride == size:
            return bytes(raw[off:off + self._len * size])
        return b''.join([bytes(raw[p:p + size]) for p in range(off, off + self._len * stride, stride)])

    def __bytes__(self):
        return self.tobytes()

    def hex(self, *args, **kwargs):
        """Return the data in the buffer as a str of hexadecimal numbers."""
        self._check()
        return _hex(self.tobytes(), *args, **kwargs)

    def toreadonly(self):
        """Return a readonly version of the memoryview."""
        self._check()
        return _new(self._obj, self._base, self._fmt, self._size, self._off, self._len, self._stride, True)

    def cast(self, format, shape=None):
        """Cast a memoryview to a new format or shape."""
        self._check()
        if not isinstance(format, str):
            raise TypeError(f"cast() argument 'format' must be str, not {type(format).__name__}")
        if not self.c_contiguous:
            raise TypeError('memoryview: casts are restricted to C-contiguous views')
        fmt = format[1:] if format.startswith('@') else format
        if len(fmt) != 1 or fmt not in _SIZES:
            raise ValueError("memoryview: destination format must be a native single character "
                             "format prefixed with an optional '@'")
        if self._fmt not in _BYTE_FORMATS and fmt not in _BYTE_FORMATS:
            raise TypeError('memoryview: cannot cast between two non-byte formats')
        size = _SIZES[fmt]
        nbytes = self._len * self._size
        if shape is not None:
            if not isinstance(shape, (list, tuple)):
                raise TypeError('shape must be a list or a tuple')
            product = 1
            for d in shape:
                product *= d
            if product * size != nbytes:
                raise TypeError('memoryview: product(shape) * itemsize != buffer size')
            if len(shape) != 1:
                raise NotImplementedError('memoryview: ouro supports one-dimensional views only')
        elif nbytes % size:
            raise TypeError('memoryview: length is not a multiple of itemsize')
        view = _new(self._obj, self._base, fmt, size, self._off, nbytes // size, size, self._ro)
        view._shown = format
        return view

    # ----- attributes -----

    @property
    def obj(self):
        """The underlying object of the memoryview."""
        self._check()
        return self._obj

    @property
    def format(self):
        """A string containing the format (in struct module style) for each element in the view."""
        self._check()
        return self._shown

    @property
    def itemsize(self):
        """The size in bytes of each element of the memoryview."""
        self._check()
        return self._size

    @property
    def nbytes(self):
        """The amount of space in bytes that the array would use in a contiguous representation."""
        self._check()
        return self._len * self._size

    @property
    def readonly(self):
        """A bool indicating whether the memory is read only."""
        self._check()
        return self._ro

    @property
    def ndim(self):
        """An integer indicating how many dimensions of a multi-dimensional array the memory represents."""
        self._check()
        return 1

    @property
    def shape(self):
        """A tuple of ndim integers giving the shape of the memory as an N-dimensional array."""
        self._check()
        return (self._len,)

    @property
    def strides(self):
        """A tuple of ndim integers giving the size in bytes to access each element for each dimension of the array."""
        self._check()
        return (self._stride,)

    @property
    def suboffsets(self):
        """A tuple of integers used internally for PIL-style arrays."""
        self._check()
        return ()

    @property
    def c_contiguous(self):
        """A bool indicating whether the memory is C contiguous."""
        self._check()
        return self._len <= 1 or self._stride == self._size

    f_contiguous = c_contiguous
    contiguous = c_contiguous

    # ----- release, comparison, hashing, repr -----

    def release(self):
        """Release the underlying buffer exposed by the memoryview object."""
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, memoryview):
            if self._released or other._released:
                return False
            o = other
        else:
            if self._released:
                return False
            try:
                o = memoryview(other)
            except TypeError:
                return NotImplemented
        if self._len != o._len:
            return False
        return self.tolist() == o.tolist()

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        self._check()
        if not self._ro:
            raise ValueError('cannot hash writable memoryview object')
        if self._fmt not in _BYTE_FORMATS:
            raise ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        return hash(self.tobytes())

    def __repr__(self):
        if self._released:
            return f'<released memory at {hex(id(self))}>'
        return f'<memory at {hex(id(self))}>'
