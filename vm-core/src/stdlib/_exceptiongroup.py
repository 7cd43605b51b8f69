"""BaseExceptionGroup and ExceptionGroup (PEP 654; written for ouro in
Python: the names load this module at their first use), and `_Star`, the
state of one `try ... except*` statement (the compiler turns each
`except*` clause into calls of its methods)."""

from _star import reraise as _reraise


def _matcher(cond):
    # split()'s condition: an exception type, a tuple of them, or a predicate.
    if isinstance(cond, type) and issubclass(cond, BaseException):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in cond):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError('expected a function, exception type or tuple of exception types')


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f'{cls.__name__}() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError(f'BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)')
        message, excs = args
        if not isinstance(message, str):
            raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}')
        if not isinstance(excs, (list, tuple)) and not (
                hasattr(type(excs), '__getitem__') and hasattr(type(excs), '__len__')):
            raise TypeError('second argument (exceptions) must be a sequence')
        items = tuple(excs)
        if not items:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        only_exceptions = True
        for i, e in enumerate(items):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
            if not isinstance(e, Exception):
                only_exceptions = False
        if cls is BaseExceptionGroup:
            if only_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not only_exceptions:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls)
        self._message = message
        self._exceptions = items
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        """exception message"""
        return self._message

    @property
    def exceptions(self):
        """nested exceptions"""
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'' if n == 1 else 's'})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derived(self, excs):
        # derive(), keeping this group's traceback, cause, context and notes.
        eg = self.derive(excs)
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, '__notes__', None)
        if notes is not None:
            eg.__notes__ = notes
        return eg

    def split(self, condition):
        return self._split(_matcher(condition))

    def _split(self, match):
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        return (self._derived(matched) if matched else None,
                self._derived(rest) if rest else None)

    def subgroup(self, condition):
        return self.split(condition)[0]

    def __class_getitem__(cls, item):
        return cls


class ExceptionGroup(BaseExceptionGroup, Exception):
    """A combination of multiple unrelated exceptions."""

    __module__ = 'builtins'


def _leaves(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaves(x, out)
    else:
        out.add(id(e))
    return out


class _Star:
    """One `try ... except*` statement's handling of the exception `exc`."""

    # Raises a group (or the exception) as a re-raise in the statement's
    # frame: the native function, called straight from that frame.
    reraise = _reraise

    def __init__(self, exc):
        self.orig = exc
        self.naked = not isinstance(exc, BaseExceptionGroup)
        self.rest = exc
        self.matched = None
        self.new = []
        self.keep = set()

    def match(self, types):
        """Splits what is left by the clause's `types`; True if some matched."""
        check = types if isinstance(types, tuple) else (types,)
        for t in check:
            if not (isinstance(t, type) and issubclass(t, BaseException)):
                raise TypeError('catching classes that do not inherit from BaseException is not allowed')
            if issubclass(t, BaseExceptionGroup):
                raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
        self.matched = None
        if self.rest is None:
            return False
        if self.naked:
            if not isinstance(self.rest, types):
                return False
            # (A new group without a traceback, as CPython wraps it.)
            self.matched = BaseExceptionGroup('', (self.rest,))
            self.rest = None
            return True
        self.matched, self.rest = self.rest.split(types)
        return self.matched is not None

    def raised(self, exc):
        """Records what a clause's body raised (its group again: a re-raise)."""
        if self.naked or exc is not self.matched:
            self.new.append(exc)
        else:
            _leaves(exc, self.keep)

    def result(self):
        """The exception the statement raises at its end, or None."""
        if self.naked:
            if self.new:
                return self.new[0]
            return self.orig if self.rest is not None else None
        if self.rest is not None:
            _leaves(self.rest, self.keep)
        keep = None
        if self.keep:
            if _leaves(self.orig, set()) <= self.keep:
                keep = self.orig
            else:
                keep = self.orig.split(lambda e: id(e) in self.keep)[0]
        if not self.new:
            return keep
        if keep is not None:
            self.new.append(keep)
        return BaseExceptionGroup('', self.new)
