"""Temporary files and directories: gettempdir, mkdtemp,
TemporaryDirectory, NamedTemporaryFile, TemporaryFile.

ouro's tempfile works through os and open, so through the host's hooks.
Names are a prefix, 8 random characters and a suffix, from a generator
of the random module seeded by the host. ouro has no file descriptors:
mkstemp returns a token in place of one (os.close takes it; the file is
used through its path), SpooledTemporaryFile is not here, TemporaryFile is
NamedTemporaryFile (a named file removed at close, as on platforms
without unnamed files). A file's or directory's permissions are the
host's defaults.
"""

import os as _os
import shutil as _shutil
import random as _random
import weakref as _weakref

__all__ = ["NamedTemporaryFile", "TemporaryFile", "mkdtemp", "mktemp", "mkstemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "TemporaryDirectory"]

# (CPython takes the C library's TMP_MAX, 238328 on glibc.)
TMP_MAX = 238328

template = "tmp"

tempdir = None


class _RandomNameSequence:
    """An endless iterator of 8-character names (lowercase letters,
    digits and '_'), from its own generator."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self.rng = _random.Random()

    def __iter__(self):
        return self

    def __next__(self):
        choose = self.rng.choice
        return "".join([choose(self.characters) for _ in range(8)])


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    # $TMPDIR, $TEMP, $TMP, the usual POSIX places, then the current dir.
    dirs = []
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(var)
        if value:
            dirs.append(value)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(_os.getcwd())
    except OSError:
        dirs.append(_os.curdir)
    return dirs


def _get_default_tempdir():
    # The first candidate where a file can be made and removed, made absolute.
    names = _get_candidate_names()
    for d in _candidate_tempdir_list():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            probe = _os.path.join(d, next(names))
            try:
                with open(probe, "xb") as f:
                    f.write(b"blat")
                _os.unlink(probe)
                return d
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidate_tempdir_list())


def gettempdir():
    """The directory for temporary files (tempfile.tempdir, found once)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def _sanitize_params(prefix, suffix, dir):
    if isinstance(prefix, bytes) or isinstance(suffix, bytes) or isinstance(dir, bytes):
        raise TypeError("ouro's tempfile takes str names only")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory prefix + 8 random characters + suffix in dir
    (gettempdir() by default) and returns its path; removing it is the
    caller's business."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new empty file prefix + 8 random characters + suffix in dir
    and returns (token, absolute path); the token stands in for the file
    descriptor ouro does not have (os.close accepts it). Removing the
    file is the caller's business."""
    return _os._new_token(), _create_file(prefix, suffix, dir)


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when asked (unsafe: something else may
    take it before the caller does)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _create_file(prefix, suffix, dir):
    # Makes a new empty file (exclusively) and returns its path.
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            open(path, "xb").close()
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file object with a name, removed from the host when closed (if
    delete); everything else is the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._remove()
        return result

    def close(self):
        """Closes the file, and removes it if delete."""
        self.file.close()
        self._remove()

    def _remove(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A new file prefix + 8 random characters + suffix in dir, opened in
    mode; its name is .name, and it is removed at close if delete."""
    name = _create_file(prefix, suffix, dir)
    try:
        file = open(name, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """NamedTemporaryFile(..., delete=True): ouro's host has no unnamed
    files."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                              prefix, dir, True, errors=errors)


class TemporaryDirectory:
    """A new directory from mkdtemp (its path is .name), removed with its
    content by cleanup(), at the end of a with block (which gives the
    name), when the object is collected, or at exit."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name, ignore_errors=ignore_cleanup_errors)

    @classmethod
    def _cleanup(cls, name, ignore_errors=False):
        def onerror(function, path, exc_info):
            if not issubclass(exc_info[0], FileNotFoundError) and not ignore_errors:
                raise exc_info[1]
        _shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Removes the directory and its content (once)."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._cleanup(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
