"""Operating-system services, as far as the host gives them.

ouro's os: the POSIX constants, os.path, the environment, the current
directory, directory listings and urandom come from the host (the
embedding program decides what a script may see: a host without file
hooks makes every query a PermissionError, os.path.exists False, environ
empty, urandom a NotImplementedError).
Processes, file descriptors and file-system changes are not here.
"""

import _hostfile
from abc import ABC as _ABC
from os import path

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir',
           'pardir', 'defpath', 'devnull', 'environ', 'getenv', 'getcwd',
           'listdir', 'walk', 'fspath', 'PathLike', 'path', 'urandom']

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


def urandom(size):
    """size random bytes fit for cryptography, from the host's source
    (NotImplementedError when it has none)."""
    return _hostfile.urandom(size)


def listdir(path='.'):
    """The names in the directory path, without '.' and '..'."""
    return _hostfile.listdir(fspath(path))


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
