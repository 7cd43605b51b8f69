"""Pretty-printing of Python data structures (ouro's pprint).

Containers whose repr is too wide for the line are laid out one item per
line, nested ones indented under their opening bracket; dicts are shown
with their keys sorted unless sort_dicts is false. Long strings and bytes
are split into adjacent literals.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print `object` to `stream` (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of `object`."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of `object` that is safe against recursive containers."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of `object` can be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    # A sort key that orders values of mutually unorderable types by their
    # type's name (and identity) instead of failing.
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return ((str(type(self.value)), id(self.value))
                    < (str(type(other.value)), id(other.value)))


def _item_key(item):
    return (_Ordered(item[0]), _Ordered(item[1]))


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _repr_is(typ, base):
    # True when instances of `typ` (a subclass of `base`) print with
    # base's own repr: no class before `base` in its MRO defines __repr__.
    for c in typ.__mro__:
        if c is base:
            return True
        if '__repr__' in c.__dict__:
            return False
    return False


_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


def _split_words(line):
    # The line cut after each run of whitespace: alternating word and
    # space runs, each piece one word and the spaces after it.
    pieces = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        pieces.append(line[i:j])
        i = j
    return pieces


class PrettyPrinter:
    """Formats objects with a given indentation per nesting level, line
    width, nesting depth limit and output stream."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object))
            self._stream.write("\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # ----- layout -----

    def _format(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(rep)

    def _layout_for(self, object):
        typ = type(object)
        for base, layout in _layouts():
            if isinstance(object, base) and _repr_is(typ, base):
                return layout
        dc = _dataclass_fields(object)
        if dc is not None:
            return PrettyPrinter._pprint_dataclass
        return None

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_item_key)
            self._format_dict_items(list(items), out, indent, allowance + 1,
                                    context, level)
        out.append('}')

    def _pprint_ordered_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + '(')
        self._format(list(object.items()), out, indent + len(name) + 1,
                     allowance + 1, context, level)
        out.append(')')

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, out, indent, allowance + len(close),
                           context, level)
        out.append(close)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        typ = type(object)
        if typ is set:
            out.append('{')
            close = '}'
        else:
            out.append(typ.__name__ + '({')
            close = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_Ordered)
        self._format_items(items, out, indent, allowance + len(close),
                           context, level)
        out.append(close)

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            rep = repr(line)
            limit = room - allowance if i == last_line else room
            if len(rep) <= limit:
                pieces.append(rep)
                continue
            words = _split_words(line)
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = room
                if i == last_line and j == len(words) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        if level == 1:
            out.append('(')
        out.append(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            out.append(')')

    def _pprint_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            out.append('(')
        room = self._width - indent
        pieces = []
        current = b''
        last = len(object) // 4 * 4
        for i in range(0, len(object), 4):
            part = object[i:i + 4]
            candidate = current + part
            if i == last:
                room -= allowance
            if len(repr(candidate)) > room:
                if current:
                    pieces.append(repr(current))
                current = part
            else:
                current = candidate
        if current:
            pieces.append(repr(current))
        out.append(('\n' + ' ' * indent).join(pieces))
        if wrap:
            out.append(')')

    def _pprint_bytearray(self, object, out, indent, allowance, context, level):
        out.append('bytearray(')
        self._pprint_bytes(bytes(object), out, indent + 10, allowance + 1,
                           context, level + 1)
        out.append(')')

    def _pprint_simplenamespace(self, object, out, indent, allowance, context, level):
        import types
        if type(object) is types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(object).__name__
        out.append(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), out,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        out.append(')')

    def _pprint_dataclass(self, object, out, indent, allowance, context, level):
        name = type(object).__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclass_fields(object) if f.repr]
        out.append(name + '(')
        self._format_namespace_items(items, out, indent + len(name) + 1,
                                     allowance, context, level)
        out.append(')')

    def _pprint_default_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        out.append('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, out, indent, allowance + 1, context, level)
        out.append(')')

    def _pprint_counter(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + '({')
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        self._format_dict_items(object.most_common(), out,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        out.append('})')

    def _pprint_chain_map(self, object, out, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + '(')
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i < len(maps) - 1:
                self._format(m, out, indent, 1, context, level)
                out.append(',\n' + ' ' * indent)
            else:
                self._format(m, out, indent, allowance + 1, context, level)
                out.append(')')

    def _pprint_deque(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, out, indent, allowance + 2, context, level)
            out.append('])')
        else:
            self._format_items(object, out, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            out.append('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(': ')
            self._format(value, out, indent + len(rep) + 2,
                         allowance if i == last else 1, context, level)
            if i != last:
                out.append(separator)

    def _format_namespace_items(self, items, out, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            out.append(key)
            out.append('=')
            if id(value) in context:
                # A recursive reference gets the repr's own marker.
                out.append("...")
            else:
                self._format(value, out, indent + len(key) + 1,
                             allowance if i == last else 1, context, level)
            if i != last:
                out.append(separator)

    def _format_items(self, items, out, indent, allowance, context, level):
        items = list(items)
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        if not items:
            return
        newline = ',\n' + ' ' * indent
        separator = ''
        full = self._width - indent + 1
        room = full
        last = len(items) - 1
        for i, item in enumerate(items):
            if i == last:
                full -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if room < need:
                    room = full
                    if separator:
                        separator = newline
                if room >= need:
                    room -= need
                    out.append(separator)
                    separator = ', '
                    out.append(rep)
                    continue
            out.append(separator)
            separator = newline
            self._format(item, out, indent, allowance if i == last else 1,
                         context, level)

    # ----- one-line reprs -----

    def _safe_repr(self, object, context, maxlevels, level):
        # (repr, readable, recursive), with containers of the built-in
        # types formatted here so recursion and depth are caught.
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        if issubclass(typ, int) and _repr_is(typ, int):
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and _repr_is(typ, dict):
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_item_key)
            for k, v in items:
                krepr, kreadable, krecursive = self.format(k, context, maxlevels, level + 1)
                vrepr, vreadable, vrecursive = self.format(v, context, maxlevels, level + 1)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive
        is_list = issubclass(typ, list) and _repr_is(typ, list)
        if is_list or (issubclass(typ, tuple) and _repr_is(typ, tuple)):
            if is_list:
                if not object:
                    return "[]", True, False
                shape = "[%s]"
            elif len(object) == 1:
                shape = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                shape = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return shape % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            for item in object:
                irepr, ireadable, irecursive = self.format(item, context, maxlevels, level + 1)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecursive:
                    recursive = True
            del context[key]
            return shape % ", ".join(parts), readable, recursive
        rep = repr(object)
        return rep, bool(rep) and not rep.startswith('<'), False


def _dataclass_fields(object):
    # The fields of a dataclass instance whose repr is the generated one,
    # else None.
    cls = type(object)
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return None
    # (The repr ouro's dataclasses module generates: its code is there.)
    code = getattr(getattr(cls, '__repr__', None), '__code__', None)
    if (getattr(code, 'co_filename', None) != '<stdlib>/dataclasses.py'
            or getattr(code, 'co_name', '') != '__repr__'):
        return None
    import dataclasses
    return dataclasses.fields(object)


_LAYOUTS = None


def _layouts():
    # (type, layout) pairs, the collections types found when first needed.
    global _LAYOUTS
    if _LAYOUTS is None:
        P = PrettyPrinter
        table = [(dict, P._pprint_dict), (list, P._pprint_list),
                 (tuple, P._pprint_tuple), (set, P._pprint_set),
                 (frozenset, P._pprint_set), (str, P._pprint_str),
                 (bytes, P._pprint_bytes), (bytearray, P._pprint_bytearray)]
        try:
            import collections
        except ImportError:
            collections = None
        if collections is not None:
            # (More derived types first: they are dict subclasses.)
            table[:0] = [(collections.OrderedDict, P._pprint_ordered_dict),
                         (collections.defaultdict, P._pprint_default_dict),
                         (collections.Counter, P._pprint_counter)]
            table += [(collections.ChainMap, P._pprint_chain_map),
                      (collections.deque, P._pprint_deque)]
        try:
            import types
        except ImportError:
            types = None
        if types is not None:
            table.append((types.SimpleNamespace, P._pprint_simplenamespace))
        _LAYOUTS = table
    return _LAYOUTS
