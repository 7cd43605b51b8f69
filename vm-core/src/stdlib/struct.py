"""Packing values into C structs held in bytes, and unpacking them
(written for ouro: the work is done by the native `_struct` module;
this layer adds the Struct class)."""

from _struct import pack, unpack, calcsize, unpack_from, pack_into, iter_unpack, error

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class Struct:
    """A compiled format: its size, and the module's functions without
    the format argument."""

    __module__ = '_struct'

    def __init__(self, format):
        self.size = calcsize(format)
        self._format = format

    @property
    def format(self):
        """The format string (a str, as in CPython 3.7 and later)."""
        f = self._format
        return f.decode('ascii') if isinstance(f, bytes) else f

    def pack(self, *values):
        """The values packed into bytes."""
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        """Packs the values into a bytearray at `offset`."""
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        """The tuple of values in a buffer of exactly `size` bytes."""
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        """The tuple of values at `offset` in a buffer."""
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        """An iterator over the structs of a buffer."""
        return iter_unpack(self._format, buffer)
