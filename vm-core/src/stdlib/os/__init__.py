"""Operating-system services, as far as the host gives them.

ouro's os: the POSIX constants, os.path, the environment, the current
directory, directory listings, stat, urandom and the file-system changes
(remove, mkdir, rmdir, rename and what is built on them) come from the
host (the embedding program decides what a script may see and do: a
host without file hooks makes every query and change a PermissionError,
os.path.exists False, environ empty, urandom a NotImplementedError).
Processes and file descriptors are not here; close() only takes back
the stand-in tokens tempfile.mkstemp hands out.
"""

import _hostfile
from abc import ABC as _ABC
from os import path

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir',
           'pardir', 'defpath', 'devnull', 'environ', 'getenv', 'getcwd', 'chdir',
           'listdir', 'walk', 'fspath', 'PathLike', 'path', 'urandom',
           'stat', 'lstat', 'stat_result', 'remove', 'unlink', 'mkdir', 'makedirs',
           'rmdir', 'removedirs', 'rename', 'renames', 'replace', 'error',
           'terminal_size', 'scandir', 'DirEntry', 'F_OK', 'R_OK', 'W_OK', 'X_OK',
           'close']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

# Read once, at import, as CPython reads the process's environment.
environ = dict(_hostfile.environ())


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def getcwd():
    """The current directory (the host's)."""
    return _hostfile.getcwd()


def chdir(path):
    """Makes path the current directory (where the host allows it)."""
    _hostfile.chdir(_path_text(path, 'chdir'))


def urandom(size):
    """size random bytes fit for cryptography, from the host's source
    (NotImplementedError when it has none)."""
    return _hostfile.urandom(size)


def listdir(path='.'):
    """The names in the directory path, without '.' and '..'."""
    return _hostfile.listdir(fspath(path))


error = OSError

# access() modes (which() takes them; ouro has no access()).
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class terminal_size(tuple):
    """A terminal's size, (columns, lines), as shutil.get_terminal_size
    gives it."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

    columns = property(lambda self: self[0], doc='width of the terminal window in characters')
    lines = property(lambda self: self[1], doc='height of the terminal window in characters')


class stat_result(tuple):
    """What stat() tells of a path: a 10-tuple (st_mode, st_ino, st_dev,
    st_nlink, st_uid, st_gid, st_size and the three times as ints) with
    those names as attributes, the times also as floats and _ns ints.
    What the host does not know (inodes, owners, access times) is 0; the
    access and change times are the modification time."""

    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 10:
            raise TypeError('os.stat_result() takes a 10-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq)
        self._ns = None if dict is None else dict.get('st_mtime_ns')
        return self

    def __repr__(self):
        fields = ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self))
        return 'os.stat_result(' + fields + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self), {'st_mtime_ns': self._ns}))

    st_mode = property(lambda self: self[0], doc='protection bits')
    st_ino = property(lambda self: self[1], doc='inode')
    st_dev = property(lambda self: self[2], doc='device')
    st_nlink = property(lambda self: self[3], doc='number of hard links')
    st_uid = property(lambda self: self[4], doc='user ID of owner')
    st_gid = property(lambda self: self[5], doc='group ID of owner')
    st_size = property(lambda self: self[6], doc='total size, in bytes')

    @property
    def st_mtime_ns(self):
        """time of last modification in nanoseconds"""
        return self[8] * 1000000000 if self._ns is None else self._ns

    st_atime_ns = st_mtime_ns
    st_ctime_ns = st_mtime_ns

    @property
    def st_mtime(self):
        """time of last modification"""
        return self.st_mtime_ns / 1e9

    st_atime = st_mtime
    st_ctime = st_mtime


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """What the host tells of path (following links): an os.stat_result."""
    name = _path_text(path, 'stat')
    is_file, is_dir, size, mtime_ns, perms = _hostfile.stat(name)
    mode = (0o100000 if is_file else 0o040000 if is_dir else 0) | (perms or 0)
    mtime_ns = mtime_ns or 0
    seconds = mtime_ns // 1000000000
    return stat_result((mode, 0, 0, 0, 0, 0, size, seconds, seconds, seconds),
                       {'st_mtime_ns': mtime_ns})


def lstat(path, *, dir_fd=None):
    """stat(path) (the host reports no symbolic links)."""
    return stat(path)


def _path_text(path, fname, arg='path'):
    # path as a str for a host call (TypeError as CPython words it).
    try:
        name = fspath(path)
    except TypeError:
        name = None
    if not isinstance(name, str):
        raise TypeError('%s: %s should be string, bytes or os.PathLike, not %s'
                        % (fname, arg, type(path).__name__))
    return name


# ouro has no file descriptors: tempfile.mkstemp returns one of these
# tokens in the place of one, and close() takes it back.
_tokens = set()
_next_token = [3]


def _new_token():
    t = _next_token[0]
    _next_token[0] = t + 1
    _tokens.add(t)
    return t


def close(fd):
    """Releases a token from tempfile.mkstemp (OSError EBADF for any
    other number: ouro has no file descriptors)."""
    if fd not in _tokens:
        raise OSError(9, "Bad file descriptor")
    _tokens.discard(fd)


def remove(path, *, dir_fd=None):
    """Removes the file path (IsADirectoryError for a directory)."""
    _hostfile.remove(_path_text(path, 'remove'))


def unlink(path, *, dir_fd=None):
    """remove(path)."""
    _hostfile.remove(_path_text(path, 'unlink'))


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Makes the directory path (its parent must exist; the host decides
    the permissions)."""
    _hostfile.mkdir(_path_text(path, 'mkdir'))


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes the directory name and every missing parent; an existing
    directory is FileExistsError unless exist_ok."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    """Removes the empty directory path."""
    _hostfile.rmdir(_path_text(path, 'rmdir'))


def removedirs(name):
    """Removes the directory name, then each parent that became empty
    (stopping at the first that cannot be removed)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Renames src to dst (a file at dst is replaced, as POSIX does)."""
    _hostfile.rename(_path_text(src, 'rename', 'src'), _path_text(dst, 'rename', 'dst'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Renames src to dst, replacing what is at dst."""
    _hostfile.rename(_path_text(src, 'replace', 'src'), _path_text(dst, 'replace', 'dst'))


def renames(old, new):
    """rename(old, new), making new's missing parents first and removing
    old's emptied parents after."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory listed by scandir: its name, its path (the
    directory's joined with the name) and queries that ask the host."""

    __slots__ = ('name', 'path')

    def __init__(self, *args):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name):
        entry = object.__new__(cls)
        entry.name = name
        entry.path = path.join(directory, name)
        return entry

    def is_dir(self, *, follow_symlinks=True):
        """Whether the entry is a directory."""
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        """Whether the entry is a regular file."""
        return path.isfile(self.path)

    def is_symlink(self):
        """False: the host reports no symbolic links."""
        return False

    def stat(self, *, follow_symlinks=True):
        """stat() of the entry's path."""
        return stat(self.path)

    def inode(self):
        """0: the host reports no inodes."""
        return 0

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """What scandir returns: an iterator of DirEntry that is also a
    context manager (close() ends it)."""

    def __init__(self, directory):
        self._dir = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry._make(self._dir, next(self._names))

    def close(self):
        """Ends the iteration."""
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path='.'):
    """The entries of the directory path, as DirEntry objects (in the
    host's order, without '.' and '..')."""
    if path is None:
        path = '.'
    return _ScandirIterator(_path_text(path, 'scandir'))


class PathLike(_ABC):
    """The ABC of objects with an __fspath__ method."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    """The str or bytes path of path: itself, or what its __fspath__ gives."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f'expected {kind.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(result).__name__}')


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for top and every directory
    below it; top-down unless topdown is false (then dirnames may be
    pruned in place before the walk goes into them)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            files.append(entry)
    if topdown:
        yield top, dirs, files
    for entry in dirs:
        yield from walk(path.join(top, entry), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files
