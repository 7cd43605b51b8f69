"""Running the interactive examples in docstrings (ouro's doctest).

testmod() collects the docstrings of a module, its functions and classes
(and their methods, recursively, keeping only objects defined in that
module), cuts each docstring into examples (a `>>>` line, its `...`
continuation lines, then the expected output up to a blank line or the
next prompt), runs every example in a copy of the module's globals with
sys.stdout captured, and compares what it printed (or the exception it
raised) with the expected text.  Failures are reported in CPython's words;
a run where everything passes prints nothing.

Not here: the unittest integration (DocTestSuite, DocFileSuite), the
debugger hooks, testfile() and the diff report flags (REPORT_UDIFF,
REPORT_CDIFF, REPORT_NDIFF raise NotImplementedError when a diff is due).
An unexpected exception's traceback shows its header and last line only.
"""

import sys
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example',
    'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'run_docstring_examples', 'TestResults',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# Option flags: each a bit, registered under its name for `# doctest:`
# directives.
OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag called `name`, made a new bit if it is not one yet."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

_DIVIDER = '*' * 70
_TRACEBACK_HEADERS = ('Traceback (most recent call last):',
                      'Traceback (innermost last):')


def _function_type():
    pass


_FunctionType = type(_function_type)
_BuiltinType = type(len)


class _Bound:
    def method(self):
        pass


_MethodType = type(_Bound().method)
_ModuleType = type(sys)


# ---------------------------------------------------------------- text helpers

def _indent(text, n=4):
    # `text` with n spaces before every line that is not empty.
    pad = ' ' * n
    lines = text.split('\n')
    return '\n'.join([pad + line if line else line for line in lines])


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _spaces_only(line):
    # True when the line is empty or holds only spaces.
    return line.strip(' ') == ''


def _to_ascii(text):
    # Non-ASCII characters as backslash escapes (\xe9, \u20ac, \U0001f600).
    if text.isascii():
        return text
    out = []
    for c in text:
        n = ord(c)
        if n < 0x80:
            out.append(c)
        elif n < 0x100:
            out.append('\\x%02x' % n)
        elif n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            out.append('\\U%08x' % n)
    return ''.join(out)


def _blank_lines_as_marker(text):
    # Lines holding nothing but spaces (before a newline) become <BLANKLINE>.
    lines = text.split('\n')
    for i in range(len(lines) - 1):
        if _spaces_only(lines[i]):
            lines[i] = BLANKLINE_MARKER
    return '\n'.join(lines)


def _ellipsis_match(want, got):
    # True when `got` matches `want`, each '...' in `want` standing for
    # any text; the pieces between are found leftmost first.
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or not got.endswith(last):
        return False
    start, end = len(first), len(got) - len(last)
    if start > end:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _exception_name_only(msg):
    # What IGNORE_EXCEPTION_DETAIL compares: the first line's exception
    # name, without its module path or message.
    line = msg.split('\n', 1)[0]
    colon = line.find(':')
    if colon >= 0:
        line = line[:colon]
    return line[line.rfind('.') + 1:]


def _exception_line(exc):
    # The last line of the exception's traceback: `Type: message`.
    t = type(exc)
    name = t.__qualname__
    module = t.__module__
    if module not in ('__main__', 'builtins'):
        name = '%s.%s' % (module, name)
    if isinstance(exc, SyntaxError) and exc.msg is not None:
        text = str(exc.msg)
    else:
        try:
            text = str(exc)
        except BaseException:
            text = '<exception str() failed>'
    if text:
        return '%s: %s\n' % (name, text)
    return name + '\n'


def _exception_report(exc):
    # The traceback text of an exception that an example did not expect.
    return 'Traceback (most recent call last):\n' + _exception_line(exc)


# ------------------------------------------------------------ examples, tests

class Example:
    """One interactive example: its source, the output it should print
    (`want`), the last line of the exception it should raise (`exc_msg`,
    or None), its line within the docstring, its indentation and its
    option overrides ({flag: True/False})."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent
                and self.options == other.options and
                self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, the globals they run in, the test's
    name (`module.Class.method`), its file and the docstring's line in it
    (0-based, or None)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise TypeError('DocTest no longer accepts str; use DocTestParser instead')
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno,
                                            examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and
                self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename,
                -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


class DocTestParser:
    """Cuts a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        """The docstring as a list of alternating text pieces and Examples
        (line numbers count from the docstring's first line)."""
        string = string.expandtabs()
        lines = string.split('\n')
        margin = self._min_indent(lines)
        if margin > 0:
            lines = [line[margin:] for line in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(stripped)
            start = i
            i += 1
            while i < n and lines[i].lstrip(' ').startswith('...'):
                i += 1
            source_lines = lines[start:i]
            want_lines = []
            while (i < n and not _spaces_only(lines[i]) and
                   not lines[i].lstrip(' ').startswith('>>>')):
                want_lines.append(lines[i])
                i += 1
            output.append('\n'.join(text) + ('\n' if text or start > 0 else ''))
            text = []
            example = self._example(source_lines, want_lines, indent, name, start)
            if example is not None:
                example.indent += margin
                output.append(example)
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in `string`."""
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples in `string`."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _min_indent(self, lines):
        # The smallest indentation of the lines that hold a non-space.
        least = None
        for line in lines:
            stripped = line.lstrip(' ')
            if stripped and not stripped[0].isspace():
                width = len(line) - len(stripped)
                if least is None or width < least:
                    least = width
        return least or 0

    def _example(self, source_lines, want_lines, indent, name, lineno):
        # The Example of a prompt's lines and the output lines after them
        # (None for a prompt holding only a comment or nothing).
        for k, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + k + 1, name, line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([line[indent + 4:] for line in source_lines])
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = ''.join([line[indent:] + '\n' for line in want_lines])
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        if self._blank_or_comment(source):
            return None
        return Example(source, want, exc_msg, lineno=lineno, indent=indent,
                       options=options)

    def _check_prefix(self, lines, prefix, name, lineno):
        for k, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + k + 1, name, line))

    def _exception_message(self, want):
        # The expected exception's text (from the first line after the
        # traceback header that starts with a word character), or None
        # when `want` is not a traceback.
        lines = want.split('\n')
        if lines[0].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for k in range(1, len(lines)):
            if lines[k] and _is_word_char(lines[k][0]):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        # The `# doctest: +FLAG -FLAG` directives at the ends of the
        # source's lines, as {flag: on}.
        options = {}
        for line in source.split('\n'):
            at = line.find('#')
            while at >= 0:
                rest = line[at + 1:].lstrip()
                if rest.startswith('doctest:'):
                    words = rest[len('doctest:'):]
                    if "'" not in words and '"' not in words:
                        for option in words.replace(',', ' ').split():
                            if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                                raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                                 % (lineno + 1, name, option))
                            options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
                        break
                at = line.find('#', at + 1)
        if options and self._blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def _blank_or_comment(self, source):
        stripped = source.lstrip(' ')
        return '\n' not in source and (stripped == '' or stripped.startswith('#'))


# -------------------------------------------------------------------- finding

def _is_routine(obj):
    # A function, a built-in, a bound method or a method descriptor.
    if isinstance(obj, (_FunctionType, _BuiltinType, _MethodType)):
        return True
    if isinstance(obj, type):
        return False
    kind = type(obj)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def _unwrap(obj):
    # Follows `__wrapped__` links (functools.wraps) to the innermost object.
    seen = set()
    while hasattr(obj, '__wrapped__') and id(obj) not in seen:
        seen.add(id(obj))
        obj = obj.__wrapped__
    return obj


def _module_of(obj):
    # The module `obj` was defined in, from its `__module__`, or None.
    if isinstance(obj, _ModuleType):
        return obj
    try:
        name = obj.__module__
    except AttributeError:
        return None
    if not isinstance(name, str):
        return None
    return sys.modules.get(name)


class DocTestFinder:
    """Finds the DocTests of an object: its docstring and, recursively,
    those of the functions, classes, methods and properties it holds that
    come from the same module."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj`, sorted by name."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        source_lines = self._source_lines(module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _source_lines(self, module):
        # The lines of the module's source file (with their newlines), or None.
        path = getattr(module, '__file__', None)
        if not isinstance(path, str):
            return None
        try:
            with open(path, encoding='utf-8') as f:
                lines = f.readlines()
        except Exception:
            return None
        return lines or None

    def _from_module(self, module, obj):
        # True when `obj` was defined in `module`.
        if module is None:
            return True
        owner = _module_of(obj)
        if owner is not None:
            return module is owner
        if isinstance(obj, _FunctionType):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, type) or hasattr(obj, '__module__'):
            return module.__name__ == getattr(obj, '__module__', None)
        if isinstance(obj, property):
            return True
        if _is_routine(obj):
            return True
        raise ValueError('object must be a class or function')

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if isinstance(obj, _ModuleType):
            for valname, val in list(obj.__dict__.items()):
                if ((_is_routine(_unwrap(val)) or isinstance(val, type)) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, seen)
            for valname, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                     % (type(valname),))
                if not (_is_routine(val) or isinstance(val, (type, _ModuleType, str))):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r' % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module,
                           source_lines, globs, seen)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, (type, property))) and
                        self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        # The DocTest of obj's docstring (None for an empty one when
        # empty docstrings are left out).
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == '.pyc':
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        # The line (0-based) of obj's docstring in the source, or None.
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if isinstance(obj, _ModuleType) and docstring is not None:
            lineno = 0
        if isinstance(obj, type) and docstring is not None:
            if source_lines is None:
                return None
            cname = getattr(obj, '__name__', '-')
            for i, line in enumerate(source_lines):
                if _is_class_line(line, cname):
                    lineno = i
                    break
        if isinstance(obj, _MethodType):
            obj = obj.__func__
        if isinstance(obj, _FunctionType) and getattr(obj, '__doc__', None):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for k in range(lineno, len(source_lines)):
                if _opens_string(source_lines[k]):
                    return k
        return None


def _is_class_line(line, cname):
    # `\s*class\s*NAME\b` at the start of the line.
    rest = line.lstrip()
    if not rest.startswith('class'):
        return False
    rest = rest[5:].lstrip()
    if not rest.startswith(cname):
        return False
    after = rest[len(cname):len(cname) + 1]
    return not (after and _is_word_char(after)) if cname and _is_word_char(cname[-1]) else True


def _opens_string(line):
    # True when, at the line's start or after some ':', optional spaces
    # and word characters are followed by a quote: where a docstring opens.
    starts = [0] + [i + 1 for i, c in enumerate(line) if c == ':']
    for i in starts:
        j = i
        n = len(line)
        while j < n and line[j].isspace():
            j += 1
        while j < n and _is_word_char(line[j]):
            j += 1
        if j < n and line[j] in '"\'':
            return True
    return False


# -------------------------------------------------------------------- checking

class OutputChecker:
    """Decides whether an example's output matches the expected text."""

    def check_output(self, want, got, optionflags):
        """True when `got` matches `want` under the option flags."""
        got = _to_ascii(got)
        want = _to_ascii(want)
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ('True\n', '1\n') or (got, want) == ('False\n', '0\n'):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = '\n'.join(['' if _is_blankline_marker(line) else line
                              for line in want.split('\n')])
            got = '\n'.join(['' if line.isspace() and '\n' not in line else line
                             for line in got.split('\n')])
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        """The report of how `got` differs from the example's expected output."""
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = _blank_lines_as_marker(got)
        if self._wants_diff(want, got, optionflags):
            for flag in ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF'):
                if optionflags & OPTIONFLAGS_BY_NAME[flag]:
                    raise NotImplementedError('doctest.%s is not supported yet' % flag)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'

    def _wants_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2


def _is_blankline_marker(line):
    # `<BLANKLINE>` followed by nothing but whitespace.
    return line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == ''


# -------------------------------------------------------------------- running

class _Capture:
    """What sys.stdout is while an example runs: it keeps the text."""

    def __init__(self):
        self._parts = []

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError('string argument expected, got %r' % type(text).__name__)
        self._parts.append(text)
        return len(text)

    def flush(self):
        pass

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def isatty(self):
        return False

    @property
    def encoding(self):
        return 'utf-8'

    def getvalue(self):
        # The captured text, ending in a newline if anything was written.
        text = ''.join(self._parts)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def clear(self):
        self._parts = []


class DocTestRunner:
    """Runs DocTests, reporting each failure and keeping the counts."""

    DIVIDER = _DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _Capture()

    def report_start(self, out, test, example):
        """Announces an example (verbose mode only)."""
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' +
                    _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        """Reports a passing example (verbose mode only)."""
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        """Reports an example whose output differs."""
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Reports an example that raised an exception it did not expect."""
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _indent(_exception_report(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs the test's examples with sys.stdout captured; returns
        TestResults(failed, attempted)."""
        self.test = test
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        sys.stdout = self._fakeout
        saved_hook = getattr(sys, 'displayhook', None)
        if saved_hook is not None:
            sys.displayhook = sys.__displayhook__
        try:
            return self._run(test, out)
        finally:
            sys.stdout = saved_stdout
            if saved_hook is not None:
                sys.displayhook = saved_hook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _run(self, test, out):
        failures = tries = 0
        original = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            exception = None
            try:
                exec(compile(example.source, filename, 'single'), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = e
            got = self._fakeout.getvalue()
            self._fakeout.clear()
            passed = False
            unexpected = False
            if exception is None:
                passed = check(example.want, got, self.optionflags)
            else:
                exc_msg = _exception_line(exception)
                if not quiet:
                    got += _exception_report(exception)
                if example.exc_msg is None:
                    unexpected = True
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    passed = True
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    passed = check(_exception_name_only(example.exc_msg),
                                   _exception_name_only(exc_msg), self.optionflags)
            if passed:
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                if not quiet:
                    if unexpected:
                        self.report_unexpected_exception(
                            out, test, example, (type(exception), exception, exception.__traceback__))
                    else:
                        self.report_failure(out, test, example, got)
                failures += 1
            exception = None
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        f, t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        """Prints the counts (the failing tests always; in verbose mode
        everything) and returns TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                notests.sort()
                for name in notests:
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                passed.sort()
                for name, count in passed:
                    print(' %3d tests in %s' % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            failed.sort()
            for name, (f, t) in failed:
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_tries, 'tests in', len(self._name2ft), 'items.')
            print(total_tries - total_failures, 'passed and', total_failures, 'failed.')
        if total_failures:
            print('***Test Failed***', total_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        """Adds another runner's counts to this one's."""
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f0, t0 = self._name2ft[name]
                f += f0
                t += t0
            self._name2ft[name] = (f, t)


class DocTestFailure(Exception):
    """What DebugRunner raises for an example whose output differs."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """What DebugRunner raises for an example that raised an exception."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# --------------------------------------------------------------- entry points

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Runs the examples in the docstrings of module `m` (default
    `__main__`) and of the functions and classes defined in it; prints a
    report of the failures (and, verbose, of everything); returns
    TestResults(failed, attempted)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not isinstance(m, _ModuleType):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName',
                           compileflags=None, optionflags=0):
    """Runs the examples in `f`'s docstring (not those of what it holds)
    in the globals `globs`, reporting the failures."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
