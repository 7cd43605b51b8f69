"""Inspecting live objects: type predicates, members, docstrings, source
code, call signatures, and the running frames.

currentframe(), stack(), trace() and getframeinfo() work on frame
objects (sys._getframe); without ouro's `frames` feature currentframe()
and stack() give stand-ins with f_code, f_lineno, f_globals and f_back (no
f_locals, which raises AttributeError rather than show something wrong),
and trace() and getframeinfo() of a traceback are not there. Built-in
callables have
no signatures (signature() raises ValueError for them, as CPython does for
the ones without a text signature).
"""

import collections
import linecache
import sys
import types

__all__ = [
    "BoundArguments", "FullArgSpec", "Parameter", "Signature", "cleandoc",
    "currentframe", "getattr_static", "getdoc", "getfile", "getframeinfo", "getfullargspec",
    "getinnerframes", "getlineno", "getouterframes", "isframe", "trace",
    "getmembers", "getmodule", "getmro", "getsource", "getsourcefile",
    "getsourcelines", "isabstract", "isasyncgen", "isasyncgenfunction",
    "isawaitable", "isbuiltin", "isclass", "iscode", "iscoroutine",
    "iscoroutinefunction", "isdatadescriptor", "isfunction", "isgenerator",
    "isgeneratorfunction", "ismethod", "ismethoddescriptor", "ismodule",
    "isroutine", "signature", "stack", "unwrap",
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """True for a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for a class."""
    return isinstance(object, type)


def ismethod(object):
    """True for a bound method of a Python function."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for a Python function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def unwrap_partial(func):
    import functools
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    """True for a function whose calls make generators."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for an async def function."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for an async generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """True for what await accepts."""
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types.GeneratorType)
            and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
            or hasattr(type(object), "__await__"))


def iscode(object):
    return isinstance(object, types.CodeType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    """True for a frame object."""
    return isinstance(object, _FrameType)


def isbuiltin(object):
    """True for a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def ismethoddescriptor(object):
    """True for a non-data descriptor that is no class, method or function
    (a built-in method of a type, a staticmethod, ...)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """True for a descriptor defining __set__ or __delete__ (property, ...)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        # (ouro's property type does not show its __set__/__delete__.)
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isabstract(object):
    """True for a class with abstract methods left."""
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", False))


# ---------------------------------------------------------------- members

def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    results = []
    names = dir(object)
    if isclass(object):
        for base in object.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    seen = set()
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if key in seen:
            continue
        seen.add(key)
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    """The attribute as stored (no descriptors run, no __getattr__)."""
    sentinel = object()
    if not isclass(obj):
        d = getattr(obj, "__dict__", None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
        klass = type(obj)
    else:
        klass = obj
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not None:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follows __wrapped__ chains (functools.wraps) to the innermost function."""
    f = func
    memo = {id(f): f}
    while hasattr(f, "__wrapped__"):
        if stop is not None and stop(f):
            break
        f = f.__wrapped__
        if id(f) in memo:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        memo[id(f)] = f
    return f


# ---------------------------------------------------------------- docs

def cleandoc(doc):
    """A docstring with its indentation removed and blank edges dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    """The object's docstring, cleaned; inherited from a base class's
    attribute of the same name when the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
        if doc is None:
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get("__doc__")
            if doc is not None:
                return doc
        return None
    name = getattr(obj, "__name__", None)
    qualname = getattr(obj, "__qualname__", "")
    if name is None or "." not in qualname:
        return None
    module = sys.modules.get(getattr(obj, "__module__", None))
    owner = module
    for part in qualname.split(".")[:-1]:
        owner = getattr(owner, part, None)
    if not isclass(owner):
        return None
    for base in owner.__mro__[1:]:
        attr = base.__dict__.get(name)
        doc = getattr(attr, "__doc__", None)
        if doc is not None:
            return doc
    return None


# ---------------------------------------------------------------- source

def getmodule(object):
    """The module the object was defined in, or None."""
    if ismodule(object):
        return object
    if istraceback(object) and object.tb_frame is not None:
        object = object.tb_frame
    if isframe(object):
        return sys.modules.get(object.f_globals.get("__name__"))
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def getfile(object):
    """The file the object was defined in (TypeError for built-ins)."""
    if ismodule(object):
        f = getattr(object, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        f = getattr(module, "__file__", None)
        if f:
            return f
        raise TypeError("{!r} is a built-in class".format(object))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def _code_of(object):
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object
    return None


def getsourcefile(object):
    """The Python source file of the object, or None."""
    filename = getfile(object)
    if filename.endswith(".py") or linecache.getlines(filename):
        return filename
    return None


def _block(lines, start):
    # The lines of the statement starting at lines[start] (its decorators,
    # its header, continued while a line ends in an open bracket, a comma
    # or a backslash), then every line indented deeper; blank lines inside
    # are kept, trailing ones dropped.
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    while end < len(lines) and (lines[end - 1].lstrip().startswith("@")
                                or lines[end - 1].rstrip().endswith(("(", "[", "{", ",", "\\"))):
        end += 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def getsourcelines(object):
    """(lines, first line number) of the object's source."""
    object = unwrap(object)
    filename = getsourcefile(object) or getfile(object)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        qualname = object.__qualname__
        name = object.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith("class " + name) and stripped[6 + len(name):6 + len(name) + 1] in "(:":
                if "." not in qualname or len(line) - len(stripped) > 0:
                    start = i
                    while start > 0 and lines[start - 1].lstrip().startswith("@"):
                        start -= 1
                    return _block(lines, start), start + 1
        raise OSError("could not find class definition")
    code = _code_of(object)
    if code is None:
        raise TypeError("module, class, method, function, traceback, frame, or "
                        "code object was expected, got {}".format(type(object).__name__))
    start = code.co_firstlineno - 1
    if start < 0 or start >= len(lines):
        raise OSError("could not find code object")
    if code.co_name == "<lambda>":
        return [lines[start]], start + 1
    return _block(lines, start), start + 1


def getsource(object):
    """The source text of the object."""
    lines, _ = getsourcelines(object)
    return "".join(lines)


# ---------------------------------------------------------------- frames

class _Frame:
    """A running frame as far as ouro can show one without frame objects."""

    def __init__(self, depth, code, line, globals):
        self._depth = depth
        self.f_code = code
        self.f_lineno = line
        self.f_globals = globals
        self.f_builtins = globals.get("__builtins__", {})

    @property
    def f_back(self):
        return _frame_at(self._depth + 1)

    def __repr__(self):
        return "<frame at 0x%x, file %r, line %d, code %s>" % (
            id(self), self.f_code.co_filename, self.f_lineno, self.f_code.co_name)


_getframe = getattr(sys, "_getframe", None)
_FrameType = _Frame if _getframe is None else type(_getframe())


def _frame_at(depth):
    if _getframe is not None:
        try:
            return _getframe(depth + 1)
        except ValueError:
            return None
    from _traceback import frame
    info = frame(depth + 1)
    if info is None:
        return None
    code, line, globals = info
    return _Frame(depth, code, line, globals)


def currentframe():
    """The caller's frame."""
    return _frame_at(1)


FrameInfo = collections.namedtuple(
    "FrameInfo", ["frame", "filename", "lineno", "function", "code_context", "index"])

Traceback = collections.namedtuple(
    "Traceback", ["filename", "lineno", "function", "code_context", "index"])


def _context_lines(filename, lineno, context):
    # The context lines around lineno and the index of lineno among them.
    if context <= 0:
        return None, None
    all_lines = linecache.getlines(filename)
    if not all_lines:
        return None, None
    start = lineno - 1 - context // 2
    start = max(0, min(start, len(all_lines) - context))
    return all_lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """A Traceback record (filename, lineno, function, code_context,
    index) of a frame or traceback object."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    code = frame.f_code
    lines, index = _context_lines(code.co_filename, lineno, context)
    return Traceback(code.co_filename, lineno, code.co_name, lines, index)


def getlineno(frame):
    """The line a frame object is at."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for frame and the frames that called it."""
    records = []
    while frame is not None:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and the frames below it."""
    records = []
    while tb is not None:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return records


def stack(context=1):
    """FrameInfo records for the caller's frame and those that called it."""
    return getouterframes(_frame_at(1), context)


def trace(context=1):
    """FrameInfo records for the frames between the current frame and
    where the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- signatures

class _Empty:
    """Marker of a missing default or annotation."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name, int(self))

    def __str__(self):
        return self._name


POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature."""

    empty = _Empty
    POSITIONAL_ONLY = POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = VAR_POSITIONAL
    KEYWORD_ONLY = KEYWORD_ONLY
    VAR_KEYWORD = VAR_KEYWORD

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        if kind not in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL,
                        KEYWORD_ONLY, VAR_KEYWORD):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        if default is not _Empty and kind in (VAR_POSITIONAL, VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % kind.description)
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % type(name).__name__)
        if not name.isidentifier():
            raise ValueError("%r is not a valid parameter name" % (name,))
        self._name = name
        self._kind = _kind_of(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def __str__(self):
        kind = self._kind
        text = self._name
        if self._annotation is not _Empty:
            text = "%s: %s" % (text, _annotation_text(self._annotation))
        if self._default is not _Empty:
            if self._annotation is not _Empty:
                text = "%s = %r" % (text, self._default)
            else:
                text = "%s=%r" % (text, self._default)
        if kind == VAR_POSITIONAL:
            text = "*" + text
        elif kind == VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


def _replace_parameter(self, *, name=_Empty, kind=_Empty, default=_Empty, annotation=_Empty):
    """A copy of the parameter with the given fields changed."""
    return Parameter(self._name if name is _Empty else name,
                     self._kind if kind is _Empty else kind,
                     default=self._default if default is _Empty else default,
                     annotation=self._annotation if annotation is _Empty else annotation)


def _kind_of(kind):
    for k in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD):
        if k == kind:
            return k
    return kind


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            if name not in self.arguments:
                continue
            if param.kind == VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Fills in the defaults of the parameters not bound."""
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new.append((name, arguments[name]))
            elif param.default is not _Empty:
                new.append((name, param.default))
            elif param.kind == VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """A callable's parameters and return annotation."""

    empty = _Empty

    __slots__ = ("_parameters", "_return_annotation")

    def __init__(self, parameters=None, *, return_annotation=_Empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < top_kind:
                        raise ValueError(
                            "wrong parameter order: {} parameter before {} parameter".format(
                                top_kind.description, kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                        if param.default is _Empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError("duplicate parameter name: {!r}".format(param.name))
                    params[param.name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = params
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped)

    def replace(self, *, parameters=_Empty, return_annotation=_Empty):
        if parameters is _Empty:
            parameters = self.parameters.values()
        if return_annotation is _Empty:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == POSITIONAL_ONLY:
                            raise TypeError("{arg!r} parameter is positional only, "
                                            "but was passed as a keyword".format(arg=param.name))
                        parameters_ex = (param,)
                        break
                    elif param.kind == VAR_KEYWORD or param.default is not _Empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: {arg!r}".format(arg=param.name))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                else:
                    if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                        raise TypeError("too many positional arguments") from None
                    if param.kind == VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument {arg!r}".format(arg=param.name))
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != VAR_POSITIONAL
                        and param.default is _Empty):
                    raise TypeError("missing a required argument: {arg!r}".format(arg=param_name)) from None
            else:
                if param.kind == POSITIONAL_ONLY:
                    raise TypeError("{arg!r} parameter is positional only, "
                                    "but was passed as a keyword".format(arg=param.name))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(
                    arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Binds the arguments as a call would; TypeError if it could not."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind() that allows required arguments to be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _Empty:
            rendered += " -> {}".format(_annotation_text(self.return_annotation))
        return rendered


Parameter.replace = _replace_parameter
del _replace_parameter


def _function_signature(func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    params = []
    for i in range(pos_count):
        name = names[i]
        kind = POSITIONAL_ONLY if i < posonly else POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _Empty)))
    index = pos_count + kwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, VAR_POSITIONAL, annotation=annotations.get(name, _Empty)))
        index += 1
    for i in range(pos_count, pos_count + kwonly):
        name = names[i]
        params.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _Empty),
                                annotation=annotations.get(name, _Empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, VAR_KEYWORD, annotation=annotations.get(name, _Empty)))
    return Signature(params, return_annotation=annotations.get("return", _Empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (VAR_KEYWORD, KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind != VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_of(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if ismethod(obj):
        return _drop_first(_signature_of(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if ismethod(obj):
            return _signature_of(obj, follow_wrapped)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _function_signature(obj)
    import functools
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature_of(obj.func, follow_wrapped), obj.args, obj.keywords)
    if isclass(obj):
        for base in obj.__mro__:
            if "__init__" in base.__dict__ and base is not object:
                init = base.__dict__["__init__"]
                if isfunction(init):
                    return _drop_first(_function_signature(init))
                break
            if "__new__" in base.__dict__ and base is not object:
                new = base.__dict__["__new__"]
                new = getattr(new, "__func__", new)
                if isfunction(new):
                    return _drop_first(_function_signature(new))
                break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    if isbuiltin(obj):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _drop_first(_function_signature(call))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def _partial_signature(sig, args, keywords):
    params = list(sig.parameters.values())
    bound = sig.bind_partial(*args, **keywords)
    new = []
    positional_consumed = len(args)
    for i, param in enumerate(params):
        if param.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD) and i < positional_consumed:
            continue
        if param.kind == VAR_POSITIONAL and positional_consumed > i:
            new.append(param)
            continue
        if param.name in keywords:
            if param.kind == POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=KEYWORD_ONLY, default=bound.arguments[param.name])
            elif param.kind == KEYWORD_ONLY:
                param = param.replace(default=bound.arguments[param.name])
        new.append(param)
    if any(p.kind == KEYWORD_ONLY for p in new):
        new = [p.replace(kind=KEYWORD_ONLY)
               if p.kind == POSITIONAL_OR_KEYWORD and any(
                   q.kind == KEYWORD_ONLY and q.name in keywords for q in new[:new.index(p)])
               else p for p in new]
    return sig.replace(parameters=new)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return _signature_of(obj, follow_wrapped)


FullArgSpec = collections.namedtuple(
    "FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The parameters of func as a FullArgSpec."""
    try:
        sig = _signature_of(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _Empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind == POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not _Empty:
                defaults += (param.default,)
        elif kind == POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _Empty:
                defaults += (param.default,)
        elif kind == VAR_POSITIONAL:
            varargs = name
        elif kind == KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _Empty:
                kwdefaults[name] = param.default
        elif kind == VAR_KEYWORD:
            varkw = name
        if param.annotation is not _Empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)
