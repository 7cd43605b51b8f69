"""Message digests: MD5, SHA-1, SHA-2, SHA-3 and SHAKE, plus PBKDF2-HMAC.

ouro's hashlib: the algorithms run natively (the _hashlib module); this
module gives them CPython's interface. BLAKE2 is not available.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset((
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = '_hashlib'
_UnsupportedDigestmodError = UnsupportedDigestmodError
del UnsupportedDigestmodError


def _index(n):
    # An int argument: an int, or an object with __index__.
    if isinstance(n, int):
        return n
    try:
        index = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None
    return index(n)


class _ReadOnly:
    # A hash object's read-only attribute, stored in a slot.

    def __init__(self, slot):
        self.slot = slot

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self.name}' of '_hashlib.{type(obj).__name__}' objects is not writable")


def _as_bytes(data):
    # The bytes a hash is fed: str is refused, other buffers are copied.
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return memoryview(data).tobytes()
    except (TypeError, NameError):
        raise TypeError('object supporting the buffer API required') from None


class HASH:
    """A hash object: update() it with bytes, read its digest()."""

    __slots__ = ('_state', '_name', '_digest_size', '_block_size')

    def __init__(self, name, data=b''):
        self._name, self._digest_size, self._block_size = _hashlib.info(name)
        self._state = _hashlib.new(name)
        if data:
            self.update(data)

    name = _ReadOnly('_name')
    digest_size = _ReadOnly('_digest_size')
    block_size = _ReadOnly('_block_size')

    def update(self, obj, /):
        """Feed the bytes of obj (any buffer but str) into the hash."""
        _hashlib.update(self._state, _as_bytes(obj))

    def digest(self):
        """The digest of everything fed so far, as bytes."""
        return _hashlib.digest(self._state, 0)

    def hexdigest(self):
        """The digest of everything fed so far, in hex."""
        return _hashlib.digest(self._state, 0).hex()

    def copy(self):
        """An independent hash object fed the same bytes so far."""
        other = object.__new__(type(self))
        other._name = self._name
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        other._state = _hashlib.copy(self._state)
        return other

    def __repr__(self):
        return f'<{self._name} _hashlib.HASH object @ {hex(id(self))}>'


class HASHXOF(HASH):
    """A SHAKE hash object: its digest has the length asked for."""

    __slots__ = ()

    def digest(self, length):
        """The first length bytes of the output so far."""
        return _hashlib.digest(self._state, _length(length))

    def hexdigest(self, length):
        """The first length bytes of the output so far, in hex."""
        return _hashlib.digest(self._state, _length(length)).hex()

    def __repr__(self):
        return f'<{self._name} _hashlib.HASHXOF object @ {hex(id(self))}>'


for _cls in (HASH, HASHXOF):
    _cls.__module__ = '_hashlib'
del _cls


def _length(length):
    length = _index(length)
    if length < 0:
        raise MemoryError()
    return length


def _make(name, data, string):
    if string is not None:
        if data:
            raise TypeError("'data' and 'string' are mutually exclusive "
                            "and support for 'string' keyword parameter "
                            "is slated for removal in a future version.")
        data = string
    cls = HASHXOF if name.lower().startswith('shake') else HASH
    return cls(name, data)


def new(name, data=b'', *, usedforsecurity=True, string=None):
    """A hash object for the algorithm called name (any case; SHA-256 too)."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    return _make(name, data, string)


def md5(string=b'', *, usedforsecurity=True):
    """An MD5 hash object, fed string first."""
    return HASH('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    """An SHA1 hash object, fed string first."""
    return HASH('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    """An SHA224 hash object, fed string first."""
    return HASH('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    """An SHA256 hash object, fed string first."""
    return HASH('sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    """An SHA384 hash object, fed string first."""
    return HASH('sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    """An SHA512 hash object, fed string first."""
    return HASH('sha512', string)


def sha3_224(string=b'', *, usedforsecurity=True):
    """An SHA3_224 hash object, fed string first."""
    return HASH('sha3_224', string)


def sha3_256(string=b'', *, usedforsecurity=True):
    """An SHA3_256 hash object, fed string first."""
    return HASH('sha3_256', string)


def sha3_384(string=b'', *, usedforsecurity=True):
    """An SHA3_384 hash object, fed string first."""
    return HASH('sha3_384', string)


def sha3_512(string=b'', *, usedforsecurity=True):
    """An SHA3_512 hash object, fed string first."""
    return HASH('sha3_512', string)


def shake_128(string=b'', *, usedforsecurity=True):
    """An SHAKE128 hash object, fed string first."""
    return HASHXOF('shake_128', string)


def shake_256(string=b'', *, usedforsecurity=True):
    """An SHAKE256 hash object, fed string first."""
    return HASHXOF('shake_256', string)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) over HMAC with the hash called hash_name: dklen
    bytes (the digest size by default) derived from password and salt."""
    for arg in (password, salt):
        if isinstance(arg, str):
            raise TypeError(f"a bytes-like object is required, not '{type(arg).__name__}'")
    password = _as_bytes(password)
    salt = _as_bytes(salt)
    iterations = _index(iterations)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is not None:
        dklen = _index(dklen)
        if dklen < 1:
            raise ValueError('key length must be greater than 0.')
    try:
        _name, digest_size, _block = _hashlib.info(hash_name)
    except ValueError:
        raise _UnsupportedDigestmodError('[digital envelope routines] unsupported') from None
    if digest_size == 0:
        raise ValueError('no reason supplied')
    return _hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """A hash object fed everything a binary file object reads."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') or hasattr(fileobj, 'read')):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
