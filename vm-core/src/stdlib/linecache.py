"""Lines of source files, read once and kept: getline, getlines,
clearcache, checkcache, updatecache.

ouro's linecache reads files through open() (the host's file hooks); a
file the host cannot give, or a name in angle brackets such as
'<stdin>', has no lines. lazycache and module globals' __loader__ are
not used.
"""

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> its lines, each ending in a newline.
cache = {}


def clearcache():
    """Forgets every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (counted from 1) of filename with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of filename (read at the first call), or []."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Forgets filename (every file when None), so it is read again."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Reads filename again and keeps its lines ([] when it cannot be read)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, NameError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def lazycache(filename, module_globals):
    """Nothing to defer in ouro: always False."""
    return False
