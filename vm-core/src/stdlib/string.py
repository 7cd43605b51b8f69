"""Character-class string constants, capwords, Formatter and Template,
for ouro (Formatter parses format strings in Python, as CPython's
_string.formatter_parser does; a Template subclass may change
`delimiter`, but `idpattern`, `braceidpattern`, `flags` and `pattern`
are not consulted: placeholders are ASCII identifiers)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# ASCII character classes. printable is every class below in this order:
# digits, letters, punctuation, whitespace.
whitespace = ' \t\n\r\v\f'
digits = '0123456789'
octdigits = digits[:8]
ascii_lowercase = ''.join([chr(c) for c in range(ord('a'), ord('z') + 1)])
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ''.join([ascii_lowercase, ascii_uppercase])
hexdigits = ''.join([digits, ascii_lowercase[:6], ascii_uppercase[:6]])
punctuation = ''.join([chr(c) for c in range(33, 127) if not chr(c).isalnum()])
printable = ''.join([digits, ascii_letters, punctuation, whitespace])


def capwords(s, sep=None):
    """Capitalize each word of s; words are split by sep (by runs of
    whitespace when None) and joined again by sep (a space when None)."""
    words = [w.capitalize() for w in s.split(sep)]
    return (' ' if sep is None else sep).join(words)


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


def _identifier_end(text, i):
    """The end of the identifier starting at text[i], or i if none does."""
    if i >= len(text) or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < len(text) and text[j] in _ID_REST:
        j += 1
    return j


class Template:
    """A string with $-substitutions: `$name`, `${name}`, and `$$` for a
    literal `$`."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """The template as (kind, text, name, position) tuples: kind is
        'text', 'escape', 'named', 'braced' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        n = len(delim)
        out = []
        start = 0
        i = text.find(delim)
        while i >= 0:
            if i > start:
                out.append(('text', text[start:i], None, start))
            j = i + n
            if text.startswith(delim, j):
                out.append(('escape', delim, None, i))
                start = j + n
            else:
                end = _identifier_end(text, j)
                if end > j:
                    out.append(('named', text[i:end], text[j:end], i))
                    start = end
                elif text.startswith('{', j):
                    end = _identifier_end(text, j + 1)
                    if end > j + 1 and text.startswith('}', end):
                        out.append(('braced', text[i:end + 1], text[j + 1:end], i))
                        start = end + 1
                    else:
                        out.append(('invalid', delim, None, j))
                        start = j
                else:
                    out.append(('invalid', delim, None, j))
                    start = j
            i = text.find(delim, start)
        if start < len(text):
            out.append(('text', text[start:], None, start))
        return out

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            lineno, colno = 1, 1
        else:
            lineno = len(lines)
            colno = i - len(''.join(lines[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        parts = []
        for kind, text, name, pos in self._pieces():
            if kind == 'named' or kind == 'braced':
                parts.append(str(mapping[name]))
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                parts.append(text)
        return ''.join(parts)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = self._mapping(mapping, kws)
        parts = []
        for kind, text, name, pos in self._pieces():
            if kind == 'named' or kind == 'braced':
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text)
            else:
                parts.append(text)
        return ''.join(parts)

    def is_valid(self):
        for kind, text, name, pos in self._pieces():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, name, pos in self._pieces():
            if (kind == 'named' or kind == 'braced') and name not in ids:
                ids.append(name)
        return ids


def _parse_format(s):
    """The pieces of a format string, as _string.formatter_parser gives
    them: (literal, field_name, format_spec, conversion) tuples, the last
    three None where no replacement field follows the literal."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end:
            if s[i] == c and markup:
                # A doubled brace: literal text ending in one brace.
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            out.append((literal, None, None, None))
            continue
        # The field name runs to '}', ':' or '!' ('[...]' skipped whole).
        name_start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        field_name = s[name_start:i - 1] if c in '}:!' and c else s[name_start:i]
        conversion = None
        spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[i]
                i += 1
                if i < n:
                    c = s[i]
                    i += 1
                    if c == '}':
                        out.append((literal, field_name, spec, conversion))
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = i
            depth = 1
            closed = False
            while i < n:
                c = s[i]
                i += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        closed = True
                        break
            if not closed:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        out.append((literal, field_name, spec, conversion))
    return out


def _as_index(text):
    if text and all(ch.isdecimal() for ch in text):
        return int(text)
    return text


def _split_field_name(name):
    """(first, [(is_attribute, key), ...]) for a field name such as
    'a.b[0]', as _string.formatter_field_name_split gives them."""
    i = 0
    n = len(name)
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = _as_index(name[:i])
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[start:i]))
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            rest.append((False, _as_index(name[start:i])))
            i += 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format's machinery as overridable methods: parse, get_field,
    get_value, check_unused_args, format_field, convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '{}' numbers the fields automatically; '{0}' names them by
            # hand; the two cannot be mixed.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        piece of format_string."""
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        """The object a field name designates, and the argument it used."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
