"""importlib.machinery, written for ouro: ModuleSpec and the source-file
loader that importlib.util's file loading uses."""

__all__ = ['ModuleSpec', 'SourceFileLoader', 'SOURCE_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']


def all_suffixes():
    """The file suffixes a module's file may have."""
    return list(SOURCE_SUFFIXES)


class ModuleSpec:
    """What the import system knows of a module: its name, loader and origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.has_location = False
        self.cached = None

    @property
    def parent(self):
        """The package the module belongs to ('' at the top level)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'ModuleSpec({", ".join(args)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.has_location == other.has_location)


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode('utf-8')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        """Run the file's source in the module's namespace."""
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def __eq__(self, other):
        return (type(self) is type(other) and self.name == other.name
                and self.path == other.path)

    def __hash__(self):
        return hash((self.name, self.path))


def _source_spec(name, path, is_package):
    # The spec the VM's import gives a module it loads from a source file.
    spec = ModuleSpec(name, SourceFileLoader(name, path), origin=path, is_package=is_package)
    spec.has_location = True
    if is_package:
        spec.submodule_search_locations.append(path.rpartition('/')[0])
    return spec


# (The import gives this module no spec: it would need this module.)
__spec__ = _source_spec(__name__, __file__, False)
__loader__ = __spec__.loader
