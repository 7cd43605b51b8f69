"""importlib.util, written for ouro: find_spec, resolve_name, and loading a
module from a file (spec_from_file_location, module_from_spec,
spec.loader.exec_module)."""

import sys
from importlib import _resolve
from importlib.machinery import ModuleSpec, SourceFileLoader

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location']


def resolve_name(name, package):
    """The absolute name of a module name that may be relative (leading dots)."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    return _resolve(name, package)


def _spec_of(module, name):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    origin = getattr(module, '__file__', None)
    if origin is None:
        origin = 'built-in'
    spec = ModuleSpec(name, None, origin=origin)
    if hasattr(module, '__path__'):
        spec.submodule_search_locations = list(module.__path__)
    return spec


def find_spec(name, package=None):
    """The spec of the module called `name`, or None if there is none.
    (ouro finds a module by importing it: a module not yet imported runs
    here.)"""
    fullname = resolve_name(name, package)
    module = sys.modules.get(fullname)
    if module is not None:
        return _spec_of(module, fullname)
    parent = fullname.rpartition('.')[0]
    if parent:
        parent_module = __import__(parent, fromlist=['__name__'])
        if not hasattr(parent_module, '__path__'):
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent!r} while trying '
                f'to find {fullname!r}', name=fullname)
    try:
        __import__(fullname)
    except ModuleNotFoundError as e:
        if e.name == fullname:
            return None
        raise
    return _spec_of(sys.modules[fullname], fullname)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for loading the Python source file `location` as module `name`."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new, empty module for `spec` (run it with spec.loader.exec_module)."""
    module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module
