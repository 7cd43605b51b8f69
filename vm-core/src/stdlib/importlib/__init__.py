"""Importing by name at run time, written for ouro: import_module (absolute
or relative to a package), reload and invalidate_caches, over the VM's own
import (the built-in __import__ and sys.modules)."""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve(name, package):
    # The absolute name of `name` (leading dots: relative to `package`).
    if not name.startswith('.'):
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a "
                        "relative import for {!r}".format(name))
    level = len(name) - len(name.lstrip('.'))
    base = package.rsplit('.', level - 1)
    if len(base) < level:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[level:]
    return base[0] + '.' + rest if rest else base[0]


def import_module(name, package=None):
    """Import a module by name and return it: `name` may be relative
    (leading dots), to `package`."""
    absolute = _resolve(name, package)
    if not absolute or absolute.startswith('.'):
        raise ValueError('Empty module name')
    module = sys.modules.get(absolute)
    if module is None:
        __import__(absolute)
        module = sys.modules[absolute]
    return module


def invalidate_caches():
    """Nothing to do: ouro's finders keep no caches."""


def reload(module):
    """Run the module's source again in its namespace and return it. A
    module without a readable source file (built in, or ouro's standard
    library) is returned unchanged."""
    name = getattr(module, '__name__', None)
    if not isinstance(name, str) or type(module).__name__ != 'module':
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = getattr(module, '__file__', None)
    if not isinstance(path, str) or path.startswith('<'):
        return module
    try:
        with open(path, encoding='utf-8') as f:
            source = f.read()
    except OSError:
        return module
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
