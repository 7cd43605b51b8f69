"""File names matching shell patterns, over the host's directory
listings: glob, iglob, escape, has_magic.

Results come in the order the host lists directories (as CPython's, not
sorted). ** matches any depth with recursive=True.
"""

import fnmatch
import os
import re

__all__ = ["escape", "glob", "has_magic", "iglob"]

_MAGIC = re.compile("([*?[])")


def has_magic(s):
    """True if s has wildcard characters."""
    return _MAGIC.search(s) is not None


def escape(pathname):
    """pathname with its wildcard characters matching themselves."""
    drive, path = os.path.splitdrive(pathname)
    return drive + _MAGIC.sub(r"[\1]", path)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    pathname = os.fspath(pathname)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] == "**":
        # A leading ** matches the current directory as '': left out.
        return (p for p in it if p)
    return it


def _join(root_dir, path):
    return os.path.join(root_dir, path) if root_dir and path else (path or root_dir)


def _exists(root_dir, path, dironly):
    full = _join(root_dir, path)
    return os.path.isdir(full) if dironly else os.path.lexists(full)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root_dir, pathname, False):
                yield pathname
        elif _exists(root_dir, dirname, True):
            yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _rlistdir(root_dir, "", dironly, include_hidden, True)
        else:
            yield from _match(root_dir, "", basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if has_magic(basename):
            if recursive and basename == "**":
                names = _rlistdir(root_dir, d, dironly, include_hidden, True)
                for name in names:
                    yield name
                continue
            for name in _match(root_dir, d, basename, dironly, include_hidden, joined=True):
                yield name
        elif _exists(root_dir, os.path.join(d, basename), dironly) or (not basename and _exists(root_dir, d, True)):
            yield os.path.join(d, basename)


def _listdir(root_dir, dirname, dironly):
    try:
        names = os.listdir(_join(root_dir, dirname) or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(_join(root_dir, os.path.join(dirname, n)))]
    return names


def _match(root_dir, dirname, pattern, dironly, include_hidden, joined=False):
    names = _listdir(root_dir, dirname, dironly)
    if not (include_hidden or pattern.startswith(".")):
        names = [n for n in names if not n.startswith(".")]
    for name in fnmatch.filter(names, pattern):
        yield os.path.join(dirname, name) if joined else name


def _rlistdir(root_dir, dirname, dironly, include_hidden, top):
    # ** : the directory itself (as dirname + ''), then everything below.
    if top:
        yield os.path.join(dirname, "") if dirname else ""
    for name in _listdir(root_dir, dirname, False):
        if not include_hidden and name.startswith("."):
            continue
        path = os.path.join(dirname, name) if dirname else name
        isdir = os.path.isdir(_join(root_dir, path))
        if not dironly or isdir:
            yield path
        if isdir:
            yield from _rlistdir(root_dir, path, dironly, include_hidden, False)
