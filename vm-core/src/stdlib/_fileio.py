"""The built-in open (written for ouro in Python: the name `open` loads
this module at its first use) over the host's file hooks, `_hostfile.read`
and `_hostfile.write`. A file opened for reading is read whole at open;
what a script writes goes to the host at once (appended to the file, or,
in the '+' modes, the whole content rewritten), so nothing is lost when a
file is never closed. A host without file access refuses with
PermissionError."""

import _hostfile
from io import UnsupportedOperation

_CLOSED = 'I/O operation on closed file.'
_NEWLINES = (None, '', '\n', '\r', '\r\n')


def _path(file):
    if isinstance(file, str):
        return file, file
    if isinstance(file, (bytes, bytearray)):
        return bytes(file).decode('utf-8', 'surrogateescape'), bytes(file)
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is not None:
        p = fspath(file)
        if isinstance(p, (str, bytes)):
            return _path(p)
    if isinstance(file, int):
        raise NotImplementedError('open() of a file descriptor is not supported by ouro')
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')


def _optional_str(value, name):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"open() argument '{name}' must be str or None, not {type(value).__name__}")


def _error(e, name):
    # The host's OSError names the path as the script gave it.
    if isinstance(e, OSError) and not isinstance(name, str):
        return OSError(e.errno, e.strerror, name)
    return e


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open file and return a stream. Raise OSError upon failure."""
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    _optional_str(encoding, 'encoding')
    _optional_str(errors, 'errors')
    _optional_str(newline, 'newline')
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating, reading, writing, appending = 'x' in modes, 'r' in modes, 'w' in modes, 'a' in modes
    updating, text, binary = '+' in modes, 't' in modes, 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if opener is not None:
        raise NotImplementedError('open() with an opener is not supported by ouro')
    path, name = _path(file)
    kind = 'x' if creating else 'a' if appending else 'r' if reading else 'w'
    try:
        if kind == 'r' or updating:
            data = b'' if kind in 'wx' else _hostfile.read(path)
        else:
            data = None
        if kind != 'r':
            _hostfile.write(path, b'', 2 if kind == 'x' else 1 if kind == 'a' else 0)
    except OSError as e:
        raise _error(e, name) from None
    raw_mode = ('xb' if kind == 'x' else 'ab' if kind == 'a' else 'rb' if kind == 'r' or updating else 'wb')
    if updating:
        raw_mode += '+'
    if binary:
        cls = BufferedRandom if updating else BufferedReader if kind == 'r' else BufferedWriter
        return cls(path, name, raw_mode, kind, updating, data)
    if newline not in _NEWLINES:
        raise ValueError(f'illegal newline value: {newline}')
    if encoding is None:
        encoding = 'utf-8'
    ''.encode(encoding)
    return TextIOWrapper(path, name, mode, kind, updating, data, encoding, errors or 'strict', newline)


class _File:
    """What the binary and text files share: the mode queries, closing,
    `with`, iteration by lines."""

    def __init__(self, path, name, mode, kind, updating, data):
        self._path = path
        self.name = name
        self.mode = mode
        self._kind = kind
        self._updating = updating
        self._written = 0
        self._readable = kind == 'r' or updating
        self._writable = kind != 'r' or updating
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def _check(self, message=_CLOSED):
        if self._closed:
            raise ValueError(message)

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check()
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def _store(self, data, whole):
        # Sends written bytes to the host: appended, or the whole content.
        try:
            _hostfile.write(self._path, data, 0 if whole else 1)
        except OSError as e:
            raise _error(e, self.name) from None


class _Binary(_File):
    """A binary file: `read` and `write` take and give bytes."""

    def __init__(self, path, name, mode, kind, updating, data):
        _File.__init__(self, path, name, mode, kind, updating, data)
        self._buf = bytearray(data) if data is not None else None
        self._pos = len(self._buf) if kind == 'a' and self._buf is not None else 0

    def __repr__(self):
        return f'<_io.{type(self).__name__} name={self.name!r}>'

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('read')
        buf = self._buf
        end = len(buf) if size is None or size < 0 else min(len(buf), self._pos + size)
        out = bytes(buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    read1 = read

    def readline(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('readline')
        buf = self._buf
        end = buf.find(b'\n', self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = bytes(buf[self._pos:end])
        self._pos = max(self._pos, end)
        return out

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        for i in range(n):
            b[i] = data[i]
        return n

    def write(self, b):
        self._check('write to closed file')
        if not self._writable:
            raise UnsupportedOperation('write')
        if isinstance(b, (bytes, bytearray)):
            data = bytes(b)
        elif type(b).__name__ in ('memoryview', 'array') and hasattr(b, 'tobytes'):
            data = b.tobytes()
        else:
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        if self._buf is None:
            self._store(data, False)
            self._written += len(data)
            return len(data)
        buf = self._buf
        pos = len(buf) if self._kind == 'a' else self._pos
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        end = pos + len(data)
        self._buf = buf[:pos] + data + buf[end:]
        self._pos = end
        self._store(bytes(self._buf), True)
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise OSError(22, 'Invalid argument')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, (len(self._buf) if self._buf is not None else 0) + pos)
        else:
            raise ValueError(f'whence value {whence} unsupported')
        return self._pos

    def tell(self):
        self._check()
        if self._buf is None:
            return self._written
        return self._pos

    def truncate(self, size=None):
        self._check()
        if not self._updating:
            raise UnsupportedOperation('truncate')
        if size is None:
            size = self._pos
        self._buf = self._buf[:size] + bytes(max(0, size - len(self._buf)))
        self._store(bytes(self._buf), True)
        return size


class BufferedReader(_Binary):
    """A binary file opened for reading."""


class BufferedWriter(_Binary):
    """A binary file opened for writing or appending."""


class BufferedRandom(_Binary):
    """A binary file opened for reading and writing ('+')."""


BufferedReader.__module__ = BufferedWriter.__module__ = BufferedRandom.__module__ = '_io'


class TextIOWrapper(_File):
    """A text file: `read` and `write` take and give str, decoded from
    and encoded to the file's bytes."""

    def __init__(self, path, name, mode, kind, updating, data, encoding, errors, newline):
        _File.__init__(self, path, name, mode, kind, updating, data)
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._seen = ''
        self.line_buffering = False
        self._text = None
        if data is not None:
            text = bytes(data).decode(encoding, errors)
            if newline is None:
                self._note_newlines(text)
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        self._pos = len(self._text) if kind == 'a' and self._text is not None else 0

    def _note_newlines(self, text):
        kinds = ''
        if '\r' in text.replace('\r\n', ''):
            kinds += 'r'
        if '\n' in text.replace('\r\n', ''):
            kinds += 'n'
        if '\r\n' in text:
            kinds += 'b'
        self._seen = kinds

    @property
    def newlines(self):
        names = {'r': '\r', 'n': '\n', 'b': '\r\n'}
        found = tuple(names[k] for k in self._seen)
        if not found:
            return None
        return found[0] if len(found) == 1 else found

    def __repr__(self):
        return f'<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>'

    def _need_read(self):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('not readable')

    def read(self, size=-1):
        self._need_read()
        text = self._text
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def _line_end(self, text, pos):
        nl = self._newline
        if nl == '':
            n = text.find('\n', pos)
            r = text.find('\r', pos)
            if r >= 0 and (n < 0 or r < n):
                return r + 2 if text[r + 1:r + 2] == '\n' else r + 1
            return n + 1 if n >= 0 else len(text)
        sep = '\n' if nl is None else nl
        i = text.find(sep, pos)
        return len(text) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._need_read()
        text = self._text
        end = self._line_end(text, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def write(self, s):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('not writable')
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        out = s
        if self._newline not in (None, '', '\n'):
            out = out.replace('\n', self._newline)
        if self._text is None:
            data = out.encode(self.encoding, self.errors)
            self._store(data, False)
            self._written += len(data)
            return len(s)
        text = self._text
        pos = len(text) if self._kind == 'a' else self._pos
        if pos > len(text):
            text += '\0' * (pos - len(text))
        self._text = text[:pos] + out + text[pos + len(out):]
        self._pos = pos + len(out)
        self._store(self._text.encode(self.encoding, self.errors), True)
        return len(s)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1 and pos != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek position {pos}')
            if self._text is not None:
                # A position from tell() counts bytes.
                pos = len(self._text.encode(self.encoding, self.errors)[:pos].decode(self.encoding, 'ignore'))
            self._pos = pos
        elif whence == 2:
            self._pos = len(self._text) if self._text is not None else 0
        elif whence != 1:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._check()
        if self._text is None:
            return self._written
        return len(self._text[:self._pos].encode(self.encoding, self.errors))

    def truncate(self, size=None):
        self._check()
        if not self._updating:
            raise UnsupportedOperation('truncate')
        if size is None:
            size = self._pos
        self._text = self._text[:size]
        self._store(self._text.encode(self.encoding, self.errors), True)
        return size


TextIOWrapper.__module__ = '_io'
