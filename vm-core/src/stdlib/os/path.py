"""POSIX path names: splitting, joining and normalizing them as text,
and the host's answers to whether they exist.

(ouro's os.path: CPython's posixpath. realpath normalizes without
resolving symbolic links, which the host does not report.)
"""

import os as _os

__all__ = ['join', 'split', 'splitext', 'splitdrive', 'basename', 'dirname',
           'isabs', 'normpath', 'normcase', 'abspath', 'realpath', 'relpath',
           'commonprefix', 'commonpath', 'expanduser', 'exists', 'lexists',
           'isfile', 'isdir', 'islink', 'getsize', 'getmtime', 'sep', 'curdir', 'pardir',
           'extsep', 'altsep', 'pathsep', 'defpath', 'devnull']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _text(p, fname):
    # A path argument as str (bytes paths are not supported).
    if isinstance(p, str):
        return p
    try:
        p = _os.fspath(p)
    except TypeError:
        raise TypeError(f"{fname}() argument must be str, bytes, or os.PathLike object, "
                        f"not '{type(p).__name__}'") from None
    if not isinstance(p, str):
        raise TypeError(f'{fname}(): bytes paths are not supported by ouro')
    return p


def normcase(s):
    """s unchanged (POSIX file names are case-sensitive)."""
    return _text(s, 'normcase')


def isabs(s):
    """Whether s starts at the root."""
    return _text(s, 'isabs').startswith('/')


def join(a, *p):
    """The components joined with '/'; an absolute one starts over."""
    result = _text(a, 'join')
    for part in p:
        part = _text(part, 'join')
        if part.startswith('/'):
            result = part
        elif not result or result.endswith('/'):
            result += part
        else:
            result += '/' + part
    return result


def split(p):
    """(head, tail): tail is what follows the last '/', head the rest
    without its trailing slashes (unless it is all slashes)."""
    p = _text(p, 'split')
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    if head and head.strip('/'):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    """What follows the last '/'."""
    p = _text(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    """split(p)[0]."""
    return split(_text(p, 'dirname'))[0]


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last
    component, unless the component's dots all lead it ('.bashrc')."""
    p = _text(p, 'splitext')
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        start = slash + 1
        if p[start:dot].strip('.'):
            return p[:dot], p[dot:]
    return p, ''


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    return '', _text(p, 'splitdrive')


def normpath(path):
    """path with '.', empty components and 'x/..' pairs taken out."""
    path = _text(path, 'normpath')
    if not path:
        return '.'
    # POSIX keeps two leading slashes (their meaning is the system's) but
    # reads three or more as one.
    lead = 0
    if path.startswith('/'):
        lead = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..' and parts and parts[-1] != '..':
            parts.pop()
        elif part == '..' and lead:
            continue
        else:
            parts.append(part)
    return '/' * lead + '/'.join(parts) or '.'


def abspath(path):
    """path made absolute (from the host's current directory) and normalized."""
    path = _text(path, 'abspath')
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """abspath(filename): the host reports no symbolic links to resolve."""
    return abspath(filename)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = _text(path, 'relpath')
    start = curdir if start is None else _text(start, 'relpath')
    target = [c for c in abspath(path).split('/') if c]
    origin = [c for c in abspath(start).split('/') if c]
    common = len(commonprefix([target, origin]))
    parts = [pardir] * (len(origin) - common) + target[common:]
    return join(*parts) if parts else curdir


def commonprefix(m):
    """The longest leading run every item of m shares (item by item for
    lists, character by character for str)."""
    if not m:
        return ''
    low = min(m)
    high = max(m)
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    """The longest common sub-path of paths (all absolute or all relative)."""
    paths = tuple(_text(p, 'commonpath') for p in paths)
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    common = commonprefix(split_paths)
    return ('/' if absolute.pop() else '') + '/'.join(common)


def expanduser(path):
    """path with a leading '~' replaced by $HOME (as the host gives it)."""
    path = _text(path, 'expanduser')
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end != 1:
        return path  # ~user: no user database here
    home = _os.environ.get('HOME')
    if home is None:
        return path
    return (home.rstrip('/') + path[end:]) or '/'


def _stat(path):
    # (is_file, is_dir, size, mtime_ns, permissions), or None when the
    # host says no.
    try:
        return _os._hostfile.stat(_text(path, 'stat'))
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether the host has something at path."""
    return _stat(path) is not None


def lexists(path):
    """exists(path) (the host reports no broken links)."""
    return exists(path)


def isfile(path):
    """Whether path is a regular file."""
    info = _stat(path)
    return info is not None and info[0]


def isdir(s):
    """Whether s is a directory."""
    info = _stat(s)
    return info is not None and info[1]


def islink(path):
    """False: the host reports no symbolic links."""
    _text(path, 'islink')
    return False


def getsize(filename):
    """The size of the file in bytes (OSError when it is not there)."""
    return _os._hostfile.stat(_text(filename, 'getsize'))[2]


def getmtime(filename):
    """The time of the file's last modification, in seconds since the
    epoch (OSError when it is not there)."""
    return _os.stat(filename).st_mtime
