"""Character-class string constants, capwords and Template, for ouro
(Formatter is not provided yet; a Template subclass may change
`delimiter`, but `idpattern`, `braceidpattern`, `flags` and `pattern`
are not consulted: placeholders are ASCII identifiers)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

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
