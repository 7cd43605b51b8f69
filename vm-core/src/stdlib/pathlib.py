"""Object-oriented file-system paths: PurePath/PurePosixPath (path
arithmetic only) and Path/PosixPath (which also ask the host: exists,
is_file, is_dir, iterdir, glob, read_text, write_text, ...).

ouro's pathlib follows CPython 3.11's POSIX flavour. The queries, file
access and changes (stat, mkdir, unlink, rmdir, rename, replace) go
through os and open, so through the host's hooks; chmod, owners and
symbolic links are not here, nor are the Windows classes.
"""

import fnmatch
import os
import re

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

_MAGIC = re.compile("[*?[]")


def _parse(args):
    # (root, parts) of the joined arguments: root '' (relative), '/' or
    # '//' (POSIX keeps exactly two leading slashes); parts without empty
    # components and '.'.
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            text = str(a)
        else:
            text = os.fspath(a)
            if not isinstance(text, str):
                raise TypeError("argument should be a str object or an os.PathLike object "
                                "returning str, not %r" % type(text))
        if text.startswith("/"):
            root = "//" if text.startswith("//") and not text.startswith("///") else "/"
            parts = []
        parts.extend(p for p in text.split("/") if p and p != ".")
    return root, parts


class _Parents:
    """The logical ancestors of a path, nearest first (a sequence)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._make(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path as text and parts, with no access to the file system."""

    __slots__ = ("_root", "_parts", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def _make(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        p._str = None
        return p

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def _compare(op):
        def compare(self, other):
            if not isinstance(other, PurePath):
                return NotImplemented
            return op(self._cmp_parts(), other._cmp_parts())
        return compare

    __lt__ = _compare(lambda a, b: a < b)
    __le__ = _compare(lambda a, b: a <= b)
    __gt__ = _compare(lambda a, b: a > b)
    __ge__ = _compare(lambda a, b: a >= b)
    del _compare

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + self._parts

    @property
    def drive(self):
        """Always '' on POSIX."""
        return ""

    @property
    def root(self):
        """'/' (or '//') for an absolute path, else ''."""
        return self._root

    @property
    def anchor(self):
        """drive + root."""
        return self._root

    @property
    def parts(self):
        """The components, the root first when there is one."""
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def name(self):
        """The last component ('' for a bare root or '.')."""
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        """The name's last extension, dot included ('' if none)."""
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        """The name's extensions, dots included."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The name without its last extension."""
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        """The path without its last component (itself for a bare anchor or '.')."""
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        """The ancestors, nearest first."""
        return _Parents(self)

    def with_name(self, name):
        """This path with its name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, parts = _parse((name,))
        if not name or name[-1] == "/" or root or len(parts) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """This path with its stem replaced (the suffix kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced (added, or removed with '')."""
        if "/" in suffix or suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._make(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to other (ValueError if it is not below it)."""
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_parts = _parse(other)
        mine = ([self._root] if self._root else []) + self._parts
        theirs = ([to_root] if to_root else []) + to_parts
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            target = (to_root + "/".join(to_parts)) or "."
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), target))
        rest = mine[n:]
        return self._make("", rest)

    def is_relative_to(self, *other):
        """True if relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        """True if the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """False: POSIX reserves no names."""
        return False

    def joinpath(self, *args):
        """This path with args appended (an absolute one replaces it)."""
        return self.__class__(self, *args)

    def __truediv__(self, key):
        try:
            return self.__class__(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.__class__(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """True if the path matches the glob-style pattern, compared from
        the right (from the root if the pattern is absolute)."""
        root, pat_parts = _parse((path_pattern,))
        if not pat_parts and not root:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self._parts
        if root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True



class PurePosixPath(PurePath):
    """A POSIX path with no access to the file system."""

    __slots__ = ()


class Path(PurePath):
    """A path that can also ask the host about its file."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def absolute(self):
        """This path made absolute from the current directory (not normalized)."""
        if self.is_absolute():
            return self
        return self.__class__(os.getcwd(), self)

    def resolve(self, strict=False):
        """This path absolute, with '..' components resolved (no links
        in ouro's host interface)."""
        p = self.__class__(os.path.normpath(os.path.abspath(str(self))))
        if strict and not p.exists():
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return p

    def expanduser(self):
        """~ or ~user at the start replaced by the home directory."""
        if self._parts and self._parts[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return self.__class__(home, *self._parts[1:])
        return self

    def exists(self):
        """True if the host has a file or directory here."""
        return os.path.exists(str(self))

    def is_file(self):
        """True if the host has a regular file here."""
        return os.path.isfile(str(self))

    def is_dir(self):
        """True if the host has a directory here."""
        return os.path.isdir(str(self))

    def is_symlink(self):
        """False: the host reports no links."""
        return False

    def iterdir(self):
        """The paths of this directory's entries (in the host's order)."""
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._parts + [name])

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """The file at this path, as open() gives it."""
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        """The file's text."""
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        """The file's bytes."""
        with self.open(mode="rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replaces the file's content with the text data; returns its length."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        """Replaces the file's content with data; returns its length."""
        view = memoryview(data) if not isinstance(data, (bytes, bytearray)) else data
        with self.open(mode="wb") as f:
            return f.write(view)

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self))

    def lstat(self):
        """os.lstat() of this path."""
        return os.lstat(str(self))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Makes this directory (and its missing parents if parents);
        FileExistsError if it exists, unless exist_ok and it is a
        directory."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        """Removes this file (a missing one is fine if missing_ok)."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Removes this empty directory."""
        os.rmdir(str(self))

    def rename(self, target):
        """Renames this path to target; returns target as a path."""
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        """Renames this path to target, replacing what is there; returns
        target as a path."""
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file if it is missing."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with self.open(mode="a"):
            pass

    def glob(self, pattern):
        """The paths below this one matching the relative glob pattern
        (** for any depth), in the host's order."""
        root, parts = _parse((pattern,))
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            parts.append("")
        yield from self._select(parts)

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        yield from self.glob("**/" + pattern)

    def _select(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == "":
            if self.is_dir():
                yield self
            return
        if head == "**":
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(rest):
                    if p._key_str() not in seen:
                        seen.add(p._key_str())
                        yield p
            return
        if not _MAGIC.search(head):
            p = self._make(self._root, self._parts + [head])
            if rest:
                if p.is_dir():
                    yield from p._select(rest)
            elif p.exists():
                yield p
            return
        match = re.compile(fnmatch.translate(head)).match
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            if match(name):
                p = self._make(self._root, self._parts + [name])
                if rest:
                    if p.is_dir():
                        yield from p._select(rest)
                else:
                    yield p

    def _key_str(self):
        return str(self)

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            p = self._make(self._root, self._parts + [name])
            if p.is_dir():
                yield from p._walk_dirs()

    def samefile(self, other_path):
        """True if both paths name the same file (compared resolved)."""
        other = other_path if isinstance(other_path, Path) else self.__class__(other_path)
        return self.resolve() == other.resolve()


class PosixPath(Path, PurePosixPath):
    """A POSIX path that can ask the host about its file."""

    __slots__ = ()
