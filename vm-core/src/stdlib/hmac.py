"""Keyed-hash message authentication (RFC 2104) over hashlib's digests.

ouro's hmac: HMAC objects in Python over the hashes of hashlib, and
compare_digest for comparing digests in time independent of where they
differ.
"""

import hashlib as _hashlib

__all__ = ('HMAC', 'new', 'digest', 'compare_digest', 'digest_size')

# The module-level digest_size attribute CPython keeps for old code.
digest_size = None

_INNER_PAD = bytes(x ^ 0x36 for x in range(256))
_OUTER_PAD = bytes(x ^ 0x5C for x in range(256))


def _digest_constructor(digestmod):
    # A callable returning a fresh hash object for digestmod (a name, a
    # constructor such as hashlib.sha256, or a module with a new()).
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC: update() it with the message, read its digest()."""

    blocksize = 64

    __slots__ = ('_inner', '_outer', '_digest_size', '_block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got '{type(key).__name__}'")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _digest_constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self._digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self._block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key) + bytes(block - len(key))
        self._outer.update(key.translate(_OUTER_PAD))
        self._inner.update(key.translate(_INNER_PAD))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        """Feed msg (bytes) into the HMAC."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC fed the same message so far."""
        other = object.__new__(type(self))
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        return other

    def digest(self):
        """The HMAC of the message so far, as bytes."""
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()

    def hexdigest(self):
        """The HMAC of the message so far, in hex."""
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    """An HMAC of msg under key with the hash digestmod (a name, a hashlib
    constructor or a module with new()); digestmod is required."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest, in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    """a == b for two str (ASCII only) or two bytes-like objects, taking
    the same time wherever they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode()
        b = b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        a = bytes(a)
        b = bytes(b)
    # Every byte is looked at, whatever the first difference.
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
