"""Extracting, formatting and printing tracebacks and exceptions the way
the interpreter reports an uncaught one.

ouro's traceback: frames come from traceback objects and, for
extract_stack, format_stack, print_stack and walk_stack, from frame
objects (sys._getframe; without the `frames` feature tb_frame is None,
the running frames come from _traceback.frame, f must be None and
walk_stack is not here); source lines come from linecache. As CPython
3.11's, a traceback entry's line is underlined where its instruction came
from (^^^, or ~~^~~ picking out an operator or ~^^^ a subscript's
brackets), from the positions the compiler records (_traceback.positions;
none for code loaded from a bytecode file).
"""

import linecache
import sys

from _traceback import anchors as _anchors, code as _tb_code, frame as _running_frame, positions as _positions

_getframe = getattr(sys, '_getframe', None)

__all__ = ['extract_stack', 'extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'print_list', 'clear_frames', 'walk_tb', 'walk_stack',
           'FrameSummary', 'StackSummary', 'TracebackException']

# More repeats of one frame line than this collapse into one message.
_RECURSIVE_CUTOFF = 3

_CAUSE_MESSAGE = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_CONTEXT_MESSAGE = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')

_sentinel = object()


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and its source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals',
                 'end_lineno', 'colno', 'end_colno', '_positions')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._positions = None
        if lookup_line:
            self.line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, lineno) for f and each frame that called it (from
    the current stack when f is None); usually given to
    StackSummary.extract."""
    if f is None:
        f = _getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of tb."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _frames_of(tb, limit):
    # FrameSummary objects of tb's entries, outermost first, cut to limit.
    limit = _limit(limit)
    frames = []
    while tb is not None:
        code = _tb_code(tb)
        f = FrameSummary(code.co_filename, tb.tb_lineno, code.co_name, lookup_line=False)
        f._positions = _positions(tb)
        frames.append(f)
        tb = tb.tb_next
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    for f in frames:
        _set_columns(f)
    return frames


def _set_columns(f):
    # Reads f's line and gives it the positions in CPython's terms: columns
    # as UTF-8 byte offsets into the first and last lines.
    f.line
    if f._positions is None:
        return
    f.end_lineno, col, end_col = f._positions
    end_line = f._line if f.end_lineno == f.lineno else linecache.getline(f.filename, f.end_lineno)
    f.colno = len(f._line[:col].encode())
    f.end_colno = len(end_line[:end_col].encode())


def _char_offset(text, offset):
    # Characters in the first `offset` UTF-8 bytes of text.
    return len(text.encode()[:offset].decode(errors='replace'))


def _width(text, offset):
    # Terminal columns of text[:offset]: East Asian wide characters take two.
    if text.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in text[:offset])


def _caret_row(f):
    # The row under f's line marking f's columns, or '' when they cover the
    # whole line and pick nothing out (CPython 3.11's arithmetic, quirks
    # included: its margin counts the line's trailing blanks).
    line = f._original_line
    stripped = line.strip()
    margin = len(line) - len(stripped)
    start = _char_offset(line, f.colno)
    end = _char_offset(line, f.end_colno)
    segment = line[start:end]
    anchors = None
    if f.lineno == f.end_lineno:
        anchors = _anchors(segment)
    else:
        end = len(line.rstrip())
    picks = anchors is not None and anchors[1] > anchors[0]
    if end - start >= len(stripped) and not picks:
        return ''
    first = _width(line, start) + 1
    last = _width(line, end) + 1
    row = '    ' + ' ' * (first - margin)
    if anchors is None:
        return row + '^' * (last - first) + '\n'
    left, right = _width(segment, anchors[0]), _width(segment, anchors[1])
    return row + '~' * left + '^' * (right - left) + '~' * (last - first - right) + '\n'


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs frame_gen yields
        (walk_stack, walk_tb); capture_locals keeps each frame's locals'
        reprs."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, lineno

        return klass._extract_frames(extended_frame_gen(), limit, lookup_lines, capture_locals)

    @classmethod
    def _extract_frames(klass, frame_gen, limit, lookup_lines, capture_locals):
        # (One generator and one call between the caller of extract and
        # walk_stack's frame, as in CPython: walk_stack(None) skips them.)
        limit = _limit(limit)
        pairs = []
        for f, lineno in frame_gen:
            if limit is not None and limit >= 0 and len(pairs) >= limit:
                break
            pairs.append((f, lineno))
        if limit is not None and limit < 0:
            pairs = pairs[limit:]
        result = klass()
        for f, lineno in pairs:
            code = f.f_code
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False, locals=f_locals))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines the interpreter prints for one frame."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                row.append(_caret_row(frame_summary))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The frames' lines, a long run of one repeated line collapsed."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
            else:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame))
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def extract_tb(tb, limit=None):
    """The StackSummary of traceback tb's entries, outermost first."""
    return StackSummary.from_list(_frames_of(tb, limit))


def _stack(f, limit, depth):
    # The StackSummary of the running frames from the one depth calls out
    # from _stack's caller, outermost first; limit keeps the innermost
    # (the outermost when negative).
    if _getframe is not None:
        if f is None:
            f = _getframe(depth + 1)
        stack = StackSummary.extract(walk_stack(f), limit=limit)
        stack.reverse()
        return stack
    if f is not None:
        raise TypeError("ouro has no frame objects: f must be None")
    limit = _limit(limit)
    frames = []
    while limit is None or limit < 0 or len(frames) < limit:
        running = _running_frame(depth + 1)
        if running is None:
            break
        code, lineno, _ = running
        frames.append(FrameSummary(code.co_filename, lineno, code.co_name))
        depth += 1
    if limit is not None and limit < 0:
        frames = frames[limit:]
    frames.reverse()
    return StackSummary.from_list(frames)


def extract_stack(f=None, limit=None):
    """The StackSummary of the running frames up to the caller, outermost
    first."""
    return _stack(f, limit, 1)


def format_stack(f=None, limit=None):
    """The printable lines of extract_stack()."""
    return _stack(f, limit, 1).format()


def print_stack(f=None, limit=None, file=None):
    """Prints the running frames up to the caller to file (sys.stderr by
    default)."""
    print_list(_stack(f, limit, 1), file=file)


def format_list(extracted_list):
    """The printable lines of a list of FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Prints format_list(extracted_list) to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    """The printable lines of traceback tb."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Prints traceback tb to file (sys.stderr by default)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def clear_frames(tb):
    """Nothing to clear in ouro: tracebacks hold no frames."""


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _group_class():
    # BaseExceptionGroup, if its module is loaded (no group exists before).
    module = sys.modules.get('_exceptiongroup')
    return None if module is None else module.BaseExceptionGroup


def _is_sequence(value):
    # isinstance(value, collections.abc.Sequence), without importing it.
    if isinstance(value, (list, tuple, str, bytes, range)):
        return True
    abc = sys.modules.get('collections.abc')
    return abc is not None and isinstance(value, abc.Sequence)


class _Margin:
    """The state of one report of a tree of exceptions: how deep in groups
    it is (each level indents two spaces, and lines inside a group start
    with '| ') and whether a group's last member still owes the closing
    bar."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.depth

    def emit(self, text, margin='|'):
        # Yields text (a string or an iterable of them) with the margin
        # before every line.
        if isinstance(text, str):
            text = (text,)
        if not self.depth:
            yield from text
            return
        prefix = f'{self.indent()}{margin} '
        for chunk in text:
            yield ''.join([prefix + line for line in chunk.splitlines(True)])


class TracebackException:
    """An exception, its traceback and its chain, captured for formatting."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.from_list(_frames_of(exc_traceback, limit))
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.exceptions = None
        if nested:
            return
        # The chained exceptions and a group's members, each captured once
        # (the first met, taking the pending work last in first out).
        group = _group_class()
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            if e is None:
                continue
            cause = e.__cause__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **options)
            context = e.__context__
            wanted = not compact or (te.__cause__ is None and not e.__suppress_context__)
            if wanted and context is not None and id(context) not in _seen:
                te.__context__ = TracebackException(type(context), context, context.__traceback__, **options)
            if group is not None and isinstance(e, group):
                te.exceptions = [TracebackException(type(x), x, x.__traceback__, **options)
                                 for x in e.exceptions]
            if te.__cause__ is not None:
                pending.append((te.__cause__, cause))
            if te.__context__ is not None:
                pending.append((te.__context__, context))
            if te.exceptions:
                pending.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The last lines of the report: the exception's type and message,
        and its notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if _is_sequence(self.__notes__):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            # (No newline after it: CPython 3.11's.)
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                # The caret run under the offending columns (at least one).
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if end in (start, -1):
                    end = start + 1
                first = start - 1 - spaces
                if first >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in ltext[:first])
                    yield '    {}{}\n'.format(pad, '^' * (end - start))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Every line of the report: the chained exceptions first, then this
        one's traceback and its final lines; a group's members follow it,
        drawn as a tree."""
        if _ctx is None:
            _ctx = _Margin()
        output = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    chained_msg = _CAUSE_MESSAGE
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _CONTEXT_MESSAGE
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.depth > self.max_group_depth:
                yield from _ctx.emit(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, ctx):
        # Group exc's traceback and line, then each member after its bar.
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth = 1
        if exc.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                '+' if outermost else '|')
            yield from ctx.emit(exc.stack.format())
        yield from ctx.emit(exc.format_exception_only())
        width = self.max_group_width
        count = len(exc.exceptions)
        shown = count if count <= width else width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # (A nested group drawing the closing bar clears this.)
                ctx.need_close = True
            cut = width is not None and i >= width
            bar = '...' if cut else str(i + 1)
            yield f"{ctx.indent()}{'+-' if i == 0 else '  '}+---------------- {bar} ----------------\n"
            ctx.depth += 1
            if cut:
                more = count - width
                yield from ctx.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            else:
                yield from exc.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Prints the report to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def format_exception_only(exc, /, value=_sentinel):
    """The final lines of an exception's report (type, message, notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Every line of an exception's report, as the interpreter prints it."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints an exception's report to file (sys.stderr by default)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    te.print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report of the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the report of the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)
