"""High-level file operations: copying files and trees, removing trees,
moving, and which/get_terminal_size.

ouro's shutil works through os and open, so through the host's hooks.
The host reports no owners, flags, timestamps to set or symbolic links:
copymode and copystat copy nothing, copy2 is copy, and a tree's links are
walked as what they point to (rmtree removes a link to a directory
without entering it, by unlinking every entry before treating it as a
directory). Archives, disk_usage and chown are not here.
"""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "ignore_patterns", "SameFileError", "get_terminal_size",
           "which"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of the file-like fsrc into fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _same_file(src, dst):
    # Both name the same existing path (compared absolute and normalized:
    # the host reports no inodes).
    if not (os.path.exists(src) and os.path.exists(dst)):
        return False
    return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the content of the file src to the file dst; returns dst."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        try:
            with open(dst, "wb") as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Would copy src's permission bits to dst; the host cannot set them,
    so this only checks that src exists."""
    os.stat(src)


def copystat(src, dst, *, follow_symlinks=True):
    """Would copy src's permission bits, times and flags to dst; the host
    cannot set them, so this only checks that src exists."""
    os.stat(src)


def copy(src, dst, *, follow_symlinks=True):
    """Copies the file src to dst (into it if dst is a directory); returns
    the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy() plus copystat() (which copies nothing the host could set)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree: the names matching any of the
    glob-style patterns."""
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (made with its parents; an
    existing dst is an error unless dirs_exist_ok). ignore(dir, names)
    gives the names to leave out in each directory. The errors of single
    entries are gathered into one Error at the end. Returns dst."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the directory tree path. A failure calls onerror(function,
    path, sys.exc_info()) if given, is skipped if ignore_errors, else
    raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(function, path, exc_info):
            raise exc_info[1]
    try:
        os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    _rmtree(os.fspath(path), onerror)


def _rmtree(path, onerror):
    # The entries first (each unlinked, or removed as a tree if it is a
    # directory: a link to one is unlinked, never entered), then path.
    try:
        with os.scandir(path) as entries:
            names = [entry.name for entry in entries]
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        try:
            os.unlink(fullname)
            continue
        except OSError:
            if not os.path.isdir(fullname):
                onerror(os.unlink, fullname, sys.exc_info())
                continue
        _rmtree(fullname, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Moves the file or tree src to dst (into it if dst is a directory):
    a rename when the host can, else a copy and a removal. Returns the
    new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.path.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: the COLUMNS and LINES
    environment variables when set and positive, else fallback (the host
    reports no terminal)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(fn):
    # A regular file with an execute bit (the host's permissions; none
    # known means not runnable).
    try:
        st = os.stat(fn)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o100000 and st.st_mode & 0o111 != 0


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the command cmd found along path (PATH by default):
    a regular file with an execute bit, or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in os.fspath(path).split(os.pathsep):
        if d in seen:
            continue
        seen.add(d)
        name = os.path.join(d, cmd)
        if _runnable(name):
            return name
    return None
