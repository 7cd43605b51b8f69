"""The io module (ouro: StringIO and BytesIO, written in Python)."""

__all__ = ["StringIO", "BytesIO", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryStream:
    """What StringIO and BytesIO share: the file protocol around a buffer
    held in memory (closing, the capability queries, line iteration and
    `readlines` over their `readline`, `with`)."""

    # Each class's message, as CPython words it.
    _closed_message = "I/O operation on closed file"
    # `readlines(hint)` stops once the lines read reach `hint` (BytesIO) or
    # pass it (StringIO), as CPython's two classes differ.
    _hint_reached_at = False

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint and (total >= hint if self._hint_reached_at else total > hint):
                return lines

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryStream):
    """A text stream over a str held in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._chunks = [initial_value] if initial_value else []
        self._value = initial_value
        self._dirty = False
        self._len = len(initial_value)
        self._pos = 0
        self._closed = False

    def _text(self):
        if self._dirty:
            self._value = "".join(self._chunks)
            self._chunks = [self._value]
            self._dirty = False
        return self._value

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        if self._pos == self._len:
            self._chunks.append(s)
            self._dirty = True
            self._len += n
        else:
            text = self._text()
            if self._pos > len(text):
                text = text + "\0" * (self._pos - len(text))
            text = text[:self._pos] + s + text[self._pos + n:]
            self._chunks = [text]
            self._value = text
            self._len = len(text)
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._text()

    def read(self, size=-1):
        self._check()
        text = self._text()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        text = self._text()
        end = text.find("\n", self._pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._text())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        text = self._text()[:size]
        self._chunks = [text]
        self._value = text
        self._len = len(text)
        return size



def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if type(b).__name__ in ('memoryview', 'array') and hasattr(b, 'tobytes'):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_MemoryStream):
    """A binary stream over bytes held in memory."""

    _closed_message = "I/O operation on closed file."
    _hint_reached_at = True

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytearray(_as_bytes(initial_bytes))
        self._pos = 0
        self._closed = False

    def write(self, b):
        self._check()
        b = _as_bytes(b)
        n = len(b)
        if not n:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos == size:
            self._buf += b
        elif pos > size:
            self._buf += bytes(pos - size) + b
        else:
            self._buf = self._buf[:pos] + b + self._buf[pos + n:]
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readline(self, size=-1):
        self._check()
        end = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def readinto(self, buffer):
        data = self.read(len(buffer))
        n = len(data)
        for i in range(n):
            buffer[i] = data[i]
        return n

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def getbuffer(self):
        """A memoryview of the buffer (writes through it change the stream)."""
        self._check()
        return memoryview(self._buf)


# CPython's messages name these C types with their module (the VM reads
# __ouro_tp_name__ for them; dir() does not show it).
for _cls in (StringIO, BytesIO):
    _cls.__ouro_tp_name__ = "_io." + _cls.__name__
del _cls
