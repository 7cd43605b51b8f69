"""Regular expressions, written for ouro.

The pattern parser, compiler and backtracking matcher live in the native
`_sre` module; this layer holds the public API: the module functions,
the Pattern and Match classes, replacement templates, the flags and
`re.error`. Compiled patterns are cached, so `re.match(p, s)` in a loop
compiles `p` once.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
    "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

# In RegexFlag's definition order (its repr lists names in this order).
_FLAG_NAMES = [
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
    (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG"),
]


class RegexFlag(int):
    """A flag value (an int) that shows its names."""

    __module__ = "re"

    def __repr__(self):
        value = int(self)
        if value < 0:
            return "-%s" % RegexFlag(-value).__repr__()
        names = []
        for bit, name in _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        if not names:
            return "re.NOFLAG"
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return self.__repr__()
        return format(int(self), spec)

    def __invert__(self):
        return RegexFlag(0x1ff & ~int(self))

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """A pattern or template that is not a valid regular expression.

    Attributes: msg (the message alone), pattern, pos (an index into the
    pattern, or None), lineno and colno (where pos is, or None).
    """

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = None
            self.colno = None
        Exception.__init__(self, text)



class _GroupIndex(dict):
    """Group names to numbers (shown as CPython's read-only mappingproxy)."""

    def __repr__(self):
        return "mappingproxy(%r)" % dict(self)

    def __str__(self):
        return repr(dict(self))


class Pattern:
    """A compiled regular expression."""

    __module__ = "re"

    def __init__(self, pattern, flags):
        r = _sre.compile(pattern, flags)
        if r[0] is None:
            kind, msg, pos = r[1], r[2], r[3]
            if kind == "overflow":
                raise OverflowError(msg)
            if kind == "value":
                raise ValueError(msg)
            if kind == "recursion":
                raise RecursionError(msg)
            raise error(msg, None if pos is None else pattern, pos)
        self._prog = r[0]
        self.pattern = pattern
        self.groups = r[1]
        self.groupindex = _GroupIndex(r[2])
        self.flags = r[3]
        self._names = {}
        for name, index in r[2]:
            self._names[index] = name
        self._templates = {}

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %r)" % (text, RegexFlag(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def match(self, string, pos=0, endpos=None):
        """A Match if the pattern matches at pos, else None."""
        spans = _sre.match(self._prog, string, pos, endpos, 0, False)
        if spans is None:
            return None
        return Match(self, string, spans)

    def fullmatch(self, string, pos=0, endpos=None):
        """A Match if the pattern matches all of string[pos:endpos], else None."""
        spans = _sre.match(self._prog, string, pos, endpos, 1, False)
        if spans is None:
            return None
        return Match(self, string, spans)

    def search(self, string, pos=0, endpos=None):
        """The first Match anywhere in string[pos:endpos], or None."""
        spans = _sre.match(self._prog, string, pos, endpos, 2, False)
        if spans is None:
            return None
        return Match(self, string, spans)

    def findall(self, string, pos=0, endpos=None):
        """Every non-overlapping match: the matched strings, or the groups."""
        return _sre.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        """An iterator of Match objects over every non-overlapping match."""
        return _Scanner(self, string, pos, endpos)._each()

    def scanner(self, string, pos=0, endpos=None):
        """An object whose match()/search() return successive matches."""
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """string split at the matches (with the groups' text in between)."""
        if not isinstance(string, (str, bytes)):
            string = bytes(string)
        if maxsplit < 0:
            return [string]
        found = _sre.scan(self._prog, string, 0, None, maxsplit)
        out = []
        last = 0
        groups = self.groups
        for sp in found:
            out.append(string[last:sp[0]])
            for g in range(1, groups + 1):
                s = sp[2 * g]
                out.append(None if s < 0 else string[s:sp[2 * g + 1]])
            last = sp[1]
        out.append(string[last:])
        return out

    def _template(self, repl):
        t = self._templates.get(repl)
        if t is None:
            t = _parse_template(repl, self)
            if len(self._templates) > 100:
                self._templates.clear()
            self._templates[repl] = t
        return t

    def _subx(self, repl, string, count):
        if callable(repl):
            func = repl
            parts = None
        else:
            func = None
            backslash = "\\" if isinstance(repl, str) else b"\\"
            parts = None if backslash not in repl else self._template(repl)
        if not isinstance(string, (str, bytes)):
            string = bytes(string)
        if count < 0:
            return string, 0
        found = _sre.scan(self._prog, string, 0, None, count)
        if not found:
            return string, 0
        out = []
        last = 0
        n = len(string)
        for sp in found:
            if sp[0] > last:
                out.append(string[last:sp[0]])
            if func is not None:
                piece = func(Match(self, string, sp))
            elif parts is None:
                piece = repl
            else:
                piece = _expand(parts, string, sp)
            out.append(piece)
            last = sp[1]
        if last < n:
            out.append(string[last:])
        return string[:0].join(out), len(found)

    def sub(self, repl, string, count=0):
        """string with matches replaced by repl (a template or a function of the Match)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of replacements)."""
        return self._subx(repl, string, count)


class Match:
    """The result of a successful match."""

    __module__ = "re"

    def __init__(self, pattern, string, spans):
        # spans: every group's start and end, then lastindex, pos, endpos.
        self.re = pattern
        self.string = string
        # Groups of a bytearray subject are bytes, as in CPython.
        self._text = string if isinstance(string, (str, bytes)) else bytes(string)
        self._spans = spans
        li = spans[-3]
        self.lastindex = li if li else None
        self.pos = spans[-2]
        self.endpos = spans[-1]

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        sp = self._spans
        return tuple([(sp[2 * g], sp[2 * g + 1]) for g in range(self.re.groups + 1)])

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            i = g.__index__()
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        sp = self._spans
        s = sp[2 * i]
        if s < 0:
            return default
        return self._text[s:sp[2 * i + 1]]

    def group(self, *args):
        """The text of one group (default 0: the whole match), or a tuple of several."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Every group's text (default for those that did not match)."""
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """Named groups' text by name."""
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        """template with its group references replaced (as in sub)."""
        return self.string[:0] + _expand(_parse_template(template, self.re), self._text, self._spans)

    def __repr__(self):
        sp = self._spans
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            sp[0], sp[1], repr(self._text[sp[0]:sp[1]])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _Scanner:
    """Successive matches of a pattern over one string (Pattern.scanner)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._origin = None
        self._pos = pos
        self._endpos = endpos
        # After an empty match, the next one must not be empty at the same place.
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        sp = _sre.match(self.pattern._prog, self._string, self._pos, self._endpos, mode, self._must_advance)
        if sp is None:
            self._done = True
            return None
        m = Match(self.pattern, self._string, sp)
        # Every match reports the position the scan started from.
        if self._origin is None:
            self._origin = m.pos
        m.pos = self._origin
        self._must_advance = sp[0] == sp[1]
        self._pos = sp[1]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)

    def _each(self):
        while True:
            m = self._next(2)
            if m is None:
                return
            yield m


class Scanner:
    """A simple lexer: (pattern, action) pairs tried at each position."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._which = {}
        group = 1
        for i, (phrase, action) in enumerate(lexicon):
            # Each phrase is one group; its own groups follow it.
            self._which[group] = i
            parts.append("(" + phrase + ")")
            group += 1 + Pattern(phrase, flags).groups
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        sc = self.scanner.scanner(string)
        i = 0
        while True:
            m = sc.match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._which[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


# ----- replacement templates -----

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(template, pattern):
    """template (str or bytes) as a list of literal pieces and group numbers."""
    is_bytes = not isinstance(template, str)
    src = template.decode("latin-1") if is_bytes else template
    parts = []
    lit = []
    n = len(src)
    i = 0
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, template, pos)

    def group_ref(index, pos):
        if index > groups:
            raise err("invalid group reference %d" % index, pos)
        if lit:
            parts.append("".join(lit))
            del lit[:]
        parts.append(index)

    while i < n:
        c = src[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = src[i]
        i += 1
        if c == "g":
            if i >= n or src[i] != "<":
                raise err("missing <", i)
            i += 1
            close = src.find(">", i)
            if close < 0:
                if i >= n:
                    raise err("missing group name", i)
                raise err("missing >, unterminated name", i)
            name = src[i:close]
            if not name:
                raise err("missing group name", i)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            elif all([c in "0123456789" for c in name]):
                index = int(name)
                if index >= 1073741823:
                    raise err("invalid group reference %d" % index, i)
            else:
                raise err("bad character in group name %r" % name, i)
            group_ref(index, i)
            i = close + 1
        elif c == "0":
            digits = ""
            while len(digits) < 2 and i < n and src[i] in "01234567":
                digits += src[i]
                i += 1
            lit.append(chr(int("0" + digits, 8) & 0xff))
        elif c in "0123456789":
            digits = c
            if i < n and src[i] in "0123456789":
                digits += src[i]
                i += 1
                if (c in "01234567" and digits[1] in "01234567" and i < n and src[i] in "01234567"):
                    digits += src[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        raise err("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    lit.append(chr(v))
                    continue
            group_ref(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            raise err("bad escape \\%s" % c, start)
        else:
            lit.append("\\")
            lit.append(c)
    if lit:
        parts.append("".join(lit))
    if is_bytes:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return parts


def _expand(parts, string, spans):
    out = []
    for p in parts:
        if isinstance(p, int):
            s = spans[2 * p]
            if s >= 0:
                out.append(string[s:spans[2 * p + 1]])
        else:
            out.append(p)
    return string[:0].join(out)


# ----- the module functions -----

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & DEBUG:
        raise NotImplementedError("re.DEBUG is not supported by ouro's re")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches all of string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match of the pattern anywhere in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split at the matches of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping match of the pattern in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the cache of compiled patterns."""
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern with every regex metacharacter backslash-escaped."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    text = bytes(pattern).decode("latin-1")
    return "".join(["\\" + c if c in _SPECIAL else c for c in text]).encode("latin-1")
