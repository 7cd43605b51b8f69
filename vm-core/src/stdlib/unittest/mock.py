"""Mock objects and patching, written for ouro: `unittest.mock`.

Mock records how it is called and what attributes are read from it,
creating child mocks on demand; MagicMock also configures the magic
methods. `patch` and its variants replace attributes, dict entries or
module globals for the duration of a function, class or with block.

Each mock instance gets its own subclass, so that magic methods assigned
to one mock do not leak to others. The magic methods live on that class
as `_MagicProxy` objects, which hand out (and create) the child mock
stored on the instance.
"""

import sys
import io
import contextlib
from functools import wraps, partial
from types import ModuleType

__all__ = (
    "Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call",
    "create_autospec", "FILTER_DIR", "NonCallableMock", "NonCallableMagicMock",
    "mock_open", "PropertyMock", "seal",
)

FILTER_DIR = True


# ---------------------------------------------------------------- sentinels

class _SentinelObject:
    """A unique named object: `sentinel.name`."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """Hands out one _SentinelObject per attribute name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return "sentinel"


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


# --------------------------------------------------------------- the magics

_magic_words = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round "
    "trunc floor ceil bool next fspath"
)
_numeric_words = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_magics = set()
for _w in _magic_words.split():
    _magics.add("__%s__" % _w)
for _w in _numeric_words.split():
    _magics.add("__%s__" % _w)
    _magics.add("__i%s__" % _w)
    _magics.add("__r%s__" % _w)
del _w

_non_defaults = {
    "__get__", "__set__", "__delete__", "__reversed__", "__missing__", "__reduce__",
    "__reduce_ex__", "__getinitargs__", "__getnewargs__", "__getstate__", "__setstate__",
    "__getformat__", "__repr__", "__dir__", "__subclasses__", "__format__",
    "__getnewargs_ex__",
}
_all_magics = _magics | _non_defaults
_unsupported_magics = {
    "__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
    "__instancecheck__", "__subclasscheck__", "__del__",
}

_return_values = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
    "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True,
    "__index__": 1,
}


def _mock_hash(mock):
    return object.__hash__(mock)


def _mock_str(mock):
    return object.__str__(mock)


def _mock_sizeof(mock):
    return object.__sizeof__(mock)


def _mock_fspath(mock):
    return "%s/%s/%s" % (type(mock).__name__, mock._extract_mock_name(), id(mock))


_calculate_return_value = {
    "__hash__": _mock_hash, "__str__": _mock_str, "__sizeof__": _mock_sizeof,
    "__fspath__": _mock_fspath,
}


def _eq_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return __iter__


_side_effect_methods = {"__eq__": _eq_effect, "__ne__": _ne_effect, "__iter__": _iter_effect}


def _set_return_value(mock, method, name):
    # Give a freshly made magic-method mock its default behaviour.
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calc = _calculate_return_value.get(name)
    if calc is not None:
        method.return_value = calc(mock)
        return
    effect = _side_effect_methods.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


class _MagicProxy:
    """A magic method on a mock's class: gives the instance's child mock.

    Reading the attribute returns the child mock (made on first use); an
    implicit call through the class (`len(m)`) receives the instance and
    calls the child with the remaining arguments.
    """

    def __init__(self, name):
        self.name = name

    def _child(self, obj):
        found = obj.__dict__.get(self.name)
        if found is not None:
            return found
        name = self.name
        if not getattr(obj, "_mock_magic", False):
            raise AttributeError(name)
        m = obj._get_child_mock(name=name, _new_name=name, _new_parent=obj)
        setattr(obj, name, m)
        _set_return_value(obj, m, name)
        return m

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self._child(obj)

    def __call__(self, obj, *args, **kwargs):
        return self._child(obj)(*args, **kwargs)


def _plain_method(name, func):
    # A user-supplied function installed as a magic method on the class.
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# -------------------------------------------------------------------- calls

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (k, v) for k, v in kwargs.items())
    return "%s(%s)" % (name, ", ".join(parts))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class _CallList(list):
    """A list of calls; `in` also finds a list as a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        for i in range(len(self) - size + 1):
            if self[i:i + size] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs) or (args, kwargs).

    `call(1, a=2)`, `call.method(3)` and `call()(4)` build expected calls;
    equality is lenient about the tuple form compared against.
    """

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif size == 1:
            (only,) = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            my_name = ""
            my_args, my_kwargs = self
        else:
            my_name, my_args, my_kwargs = self
        mine = getattr(self, "_mock_parent", None)
        theirs = getattr(other, "_mock_parent", None)
        if mine is not None and theirs is not None and mine != theirs:
            return False
        other_name = ""
        if other_len == 0:
            other_args, other_kwargs = (), {}
        elif other_len == 3:
            other_name, other_args, other_kwargs = other
        elif other_len == 1:
            (only,) = other
            if isinstance(only, tuple):
                other_args, other_kwargs = only, {}
            elif isinstance(only, str):
                other_name, other_args, other_kwargs = only, (), {}
            else:
                other_args, other_kwargs = (), only
        elif other_len == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if my_name and other_name != my_name:
            return False
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("_mock_"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name="%s.%s" % (self._mock_name, attr), parent=self, from_kall=False)

    def count(self, *args, **kwargs):
        return self.__getattr__("count")(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__("index")(*args, **kwargs)

    def _get_call_arguments(self):
        if len(self) == 2:
            args, kwargs = self
        else:
            name, args, kwargs = self
        return args, kwargs

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call" + name
            return name
        if len(self) == 2:
            name = "call"
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = "call"
            elif not name.startswith("()"):
                name = "call." + name
            else:
                name = "call" + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The chain of calls this (chained) call stands for."""
        found = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                found.append(thing)
            thing = thing._mock_parent
        found.reverse()
        return _CallList(found)


call = _Call(from_kall=False)


class _AnyComparer(list):
    # `in` with the expected call on the left of ==, so ANY inside works.
    def __contains__(self, item):
        for other in self:
            if len(item) == len(other) and all(e == a for e, a in zip(item, other)):
                return True
        return False


# -------------------------------------------------------------- mock helpers

def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _try_iter(obj):
    if obj is None or _is_exception(obj) or callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _check_and_set_parent(parent, value, name, new_name):
    # Adopt an unnamed, parentless mock assigned as an attribute.
    if not _is_instance_mock(value):
        return False
    if value._mock_name or value._mock_new_name or value._mock_parent is not None \
            or value._mock_new_parent is not None:
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _signature_of(spec, as_instance=False, eat_self=False):
    # The signature calls to a mock specced on `spec` must fit, or None.
    try:
        import inspect
    except ImportError:
        return None
    if isinstance(spec, type) and not as_instance:
        target = spec
        skip_first = False
    elif isinstance(spec, type):
        return None
    else:
        target = spec
        skip_first = eat_self
        if not callable(spec):
            return None
    try:
        sig = inspect.signature(target)
    except (ValueError, TypeError, AttributeError, NameError):
        return None
    if skip_first:
        params = list(sig.parameters.values())
        if params:
            sig = sig.replace(parameters=params[1:])
    return sig


_allowed_names = {
    "return_value", "_mock_return_value", "side_effect", "_mock_side_effect",
    "_mock_parent", "_mock_new_parent", "_mock_name", "_mock_new_name",
}

# The recorded-call properties (settable even with a spec_set).
_recorded_names = {"called", "call_count", "call_args", "call_args_list", "mock_calls"}

_assert_prefixes = ("assert", "assret", "asert", "aseert", "assrt")


def _recorded(name):
    # A property over the instance's `_mock_<name>` entry, or over the
    # attribute of the autospecced function the mock stands behind.
    key = "_mock_" + name

    def get(self):
        d = self.__dict__
        delegate = d.get("_mock_delegate")
        if delegate is None:
            return d[key]
        return getattr(delegate, name)

    def put(self, value):
        d = self.__dict__
        delegate = d.get("_mock_delegate")
        if delegate is None:
            d[key] = value
        else:
            setattr(delegate, name, value)

    return property(get, put)


class Base:
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that cannot be called; the base of the other mock classes."""

    _mock_magic = False

    def __new__(cls, *args, **kw):
        new = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_delegate"] = None
        d["_mock_called"] = False
        d["_mock_call_args"] = None
        d["_mock_call_count"] = 0
        d["_mock_call_args_list"] = _CallList()
        d["_mock_mock_calls"] = _CallList()
        d["method_calls"] = _CallList()
        d["_mock_unsafe"] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Attach `mock` as attribute `attribute`, recording its calls here."""
        inner = mock
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ""
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of `spec`."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        signature = None
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec, _spec_as_instance, _eat_self)
            spec = dir(spec)
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_spec_signature"] = signature
        d["_mock_methods"] = spec

    def _get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__["_mock_return_value"] = value
            _check_and_set_parent(self, value, None, "()")

    return_value = property(_get_return_value, _set_return_value)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _recorded("called")
    call_count = _recorded("call_count")
    call_args = _recorded("call_args")
    call_args_list = _recorded("call_args_list")
    mock_calls = _recorded("mock_calls")

    def _get_side_effect(self):
        delegated = self._mock_delegate
        if delegated is None:
            return self._mock_side_effect
        effect = delegated.side_effect
        if effect is not None and not callable(effect) and not _is_exception(effect) \
                and not hasattr(type(effect), "__next__"):
            effect = iter(effect)
            delegated.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _try_iter(value)
        delegated = self._mock_delegate
        if delegated is None:
            self.__dict__["_mock_side_effect"] = value
        else:
            delegated.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the recorded calls, here and in the child mocks."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self.__dict__["_mock_return_value"] = DEFAULT
        if side_effect:
            self.__dict__["_mock_side_effect"] = None
        for child in list(self._mock_children.values()):
            if child is _deleted or not _is_instance_mock(child):
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names reaching into child mocks."""
        for key, value in sorted(kwargs.items(), key=lambda item: item[0].count(".")):
            path = key.split(".")
            last = path.pop()
            obj = self
            for part in path:
                obj = getattr(obj, part)
            setattr(obj, last, value)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_mock_unsafe", "_mock_children", "_mock_magic"):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(_assert_prefixes):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r is meant to be "
                    "an attribute." % (name, name)
                )
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = "" if names == ["()"] else "."
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = "" if parent._mock_new_name == "()" else "."
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or "mock"
        if len(names) > 1 and names[1] not in ("()", "()."):
            first += "."
        names[0] = first
        return "".join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = ""
        if name not in ("mock", "mock."):
            name_part = " name=%r" % name
        spec_part = ""
        if self._spec_class is not None:
            spec_part = (" spec_set=%r" if self._spec_set else " spec=%r") % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        own = [k for k, v in self._mock_children.items() if v is not _deleted]
        names = [n for n in from_type + list(self.__dict__) + own + list(extras)
                 if not (FILTER_DIR and n.startswith("_"))]
        return sorted(set(names))

    def __setattr__(self, name, value):
        if name in _allowed_names or name in _recorded_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            cls = type(self)
            if not _is_instance_mock(value):
                setattr(cls, name, _plain_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                if not isinstance(cls.__dict__.get(name), _MagicProxy):
                    setattr(cls, name, _MagicProxy(name))
                self._mock_children[name] = value
        elif name == "__class__":
            self.__dict__["_spec_class"] = value
            return
        else:
            if _check_and_set_parent(self, value, name, name):
                self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            del self.__dict__[name]
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or "mock", args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return "expected %s not found.\nExpected: %s\n  Actual: %s" % (action, expected, actual)

    def _call_matcher(self, _call):
        # Normalise a call through the spec's signature, when there is one.
        sig = self._spec_signature if len(_call) == 2 else None
        if sig is None:
            return _call
        args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e
        return _Call((bound.args, bound.kwargs), two=True)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or "mock"))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called."
                                 % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or "mock", self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless `calls` appear in mock_calls (in a run, or anywhere)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = None
        for e in expected:
            if isinstance(e, Exception):
                cause = e
                break
        actual = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in actual:
                if cause is None:
                    problem = "Calls not found."
                else:
                    problem = "Error processing expected calls.\nErrors: %s" % (
                        [e if isinstance(e, Exception) else None for e in expected],)
                raise AssertionError("%s\nExpected: %r%s" % (
                    problem, _CallList(calls), self._calls_repr(prefix="  Actual").rstrip(".")
                )) from cause
            return
        remaining = list(actual)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._mock_name or "mock", tuple(missing), remaining)) from cause

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause is not None or expected not in _AnyComparer(actual):
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs)) \
                from cause

    def _get_child_mock(self, **kw):
        if self._mock_sealed:
            attribute = ".%s" % kw["name"] if "name" in kw else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        cls = type(self)
        if not issubclass(cls, CallableMixin):
            if issubclass(cls, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = cls.__mro__[1]
        return klass(**kw)


class CallableMixin(Base):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name="", _new_parent=None,
                 **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, *args, **kwargs):
        # Only autospecced functions check their arguments.
        pass

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this = _Call((args, kwargs), two=True)
        self.call_args = this
        self.call_args_list.append(this)
        record_method = self._mock_parent is not None
        method_name = self._mock_name
        call_name = self._mock_new_name
        is_call = call_name == "()"
        self.mock_calls.append(_Call(("", args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if record_method:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = parent._mock_parent is not None
                if record_method:
                    method_name = parent._mock_name + "." + method_name
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = "" if is_call else "."
                is_call = parent._mock_new_name == "()"
                call_name = parent._mock_new_name + dot + call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns `return_value` (a child
    mock by default) or what `side_effect` gives, and creates child mocks
    for attributes on first access. `spec`/`spec_set` restrict the
    attributes, `wraps` passes calls through, `name` names it in reprs."""


class MagicMixin(Base):
    _mock_magic = True

    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        cls = type(self)
        wanted = _magics
        methods = getattr(self, "_mock_methods", None)
        if methods is not None:
            wanted = _magics.intersection(methods)
            for entry in _magics - wanted:
                if entry in cls.__dict__:
                    delattr(self, entry)
        own = cls.__dict__
        for entry in wanted:
            if entry not in own:
                setattr(cls, entry, _MagicProxy(entry))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is
    empty, bool() is True, int() is 1, `in` is False, == is identity, and
    __enter__/__exit__ make it a context manager."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock for use as a property on a class: reading calls it with no
    arguments, assigning calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Stop `mock` and its child mocks from creating new attributes."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(m):
            continue
        if m._mock_new_parent is mock:
            seal(m)


# ------------------------------------------------------------------ patching

def _dot_lookup(thing, part, import_path):
    try:
        return getattr(thing, part)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, part)


def _importer(target):
    parts = target.split(".")
    path = parts.pop(0)
    thing = __import__(path)
    for part in parts:
        path += "." + part
        thing = _dot_lookup(thing, part, path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return partial(_importer, target), attribute


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if not hasattr(value, "__call__"):
                continue
            setattr(klass, name, self.copy()(value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra_args = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                arg = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
            args += tuple(extra_args)
            yield (args, keywargs)

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (newargs, newkeywargs):
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        if isinstance(target, ModuleType):
            # (ouro adds some built-ins to their module on first use.)
            getattr(target, name, None)
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Install the patch; returns the replacement object."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            klass = MagicMock
            options = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec_set if spec_set is not None else spec
                if _is_list(this_spec):
                    not_callable = "__call__" not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                options["spec"] = spec
            if spec_set is not None:
                options["spec_set"] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                options["name"] = self.attribute
            options.update(kwargs)
            new = klass(**options)
            if inherit and _is_instance_mock(new):
                this_spec = spec_set if spec_set is not None else spec
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                options.pop("name")
                new.return_value = klass(_new_parent=new, _new_name="()", **options)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra = {}
                if self.new is DEFAULT:
                    extra[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra.update(arg)
                return extra
            return new
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    "__doc__", "__module__", "__defaults__", "__annotations__", "__kwdefaults__")):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Install the patch and remember it for stop()/stopall()."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch installed by start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _instance_callable(obj):
    # Whether instances of the class `obj` would be callable.
    if not isinstance(obj, type):
        return getattr(obj, "__call__", None) is not None
    for base in obj.__mro__:
        if base.__dict__.get("__call__") is not None:
            return True
    return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = partial(_importer, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted `target` with `new` (a
    MagicMock by default) inside a decorated function or class or a with
    block; the original comes back afterwards."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    """Set entries of a dict (or a dotted name of one) temporarily."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()

        return _inner

    def decorate_class(self, klass):
        for name in dir(klass):
            value = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(value, "__call__"):
                twin = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, name, twin(value))
        return klass

    def __enter__(self):
        """Apply the entries; returns the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Restore the dict's original entries."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start()."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"

try:
    import builtins as _builtins_module
    _builtins = {n for n in dir(_builtins_module) if not n.startswith("_")}
    del _builtins_module
except ImportError:
    _builtins = {"open", "print", "input", "len", "abs", "min", "max"}


# ------------------------------------------------------------------ autospec

def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock whose attributes (and call signatures, where known) follow
    `spec`; attributes of `spec` are specced recursively on access."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    options = {"spec": spec}
    if spec_set:
        options = {"spec_set": spec}
    elif spec is None:
        options = {}
    if options and instance:
        options["_spec_as_instance"] = True
    options.update(kwargs)
    klass = MagicMock
    if not callable(spec) and not is_type:
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    if _name is None and _parent is None:
        pass
    if _name is not None:
        options.setdefault("name", _name)
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_name or "", **options)
    if isinstance(spec, (_FunctionType, _MethodType)):
        return _function_for(mock, spec)
    _install_check(mock)
    if is_type and not instance and "return_value" not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name="()",
                                            _parent=mock)
    for entry in dir(spec):
        if entry.startswith("__") and entry.endswith("__"):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if callable(original) and not isinstance(original, type):
            child = MagicMock(spec=original, parent=mock, name=entry, _new_name=entry,
                              _new_parent=mock, _eat_self=is_type and not _is_static(spec, entry))
            _install_check(child)
            mock._mock_children[entry] = child
    return mock


_FunctionType = type(create_autospec)
_MethodType = type(_Sentinel().__reduce__)


def _install_check(mock):
    # Calls to an autospecced mock must fit its spec's signature.
    sig = mock.__dict__.get("_spec_signature")
    if sig is None:
        return

    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)

    mock.__dict__["_mock_check_sig"] = checksig


def _function_for(mock, original):
    # An autospecced function is a real function (so it binds as a
    # method) that checks the signature and calls `mock`; the mock keeps
    # its recorded calls and configuration on the function.
    sig = mock.__dict__.get("_spec_signature")

    def funcopy(*args, **kwargs):
        if sig is not None:
            sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)

    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        try:
            setattr(funcopy, attr, getattr(original, attr))
        except (AttributeError, TypeError):
            pass
    funcopy.__qualname__ = funcopy.__name__
    funcopy.mock = mock
    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for name in ("assert_called_with", "assert_called_once_with", "assert_has_calls",
                 "assert_any_call", "assert_called", "assert_not_called", "assert_called_once"):
        setattr(funcopy, name, getattr(mock, name))

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.reset_mock = reset_mock
    mock.__dict__["_mock_delegate"] = funcopy
    return funcopy


def _is_static(klass, name):
    for base in getattr(klass, "__mro__", ()):
        if name in base.__dict__:
            return isinstance(base.__dict__[name], (staticmethod, classmethod))
    return False


# ----------------------------------------------------------------- mock_open

def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


file_spec = None


def mock_open(mock=None, read_data=""):
    """A mock of the built-in open(): the handle's read, readline,
    readlines and iteration serve `read_data`; writes are recorded."""
    state = [_to_stream(read_data), None]

    def read_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def lines():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_effect(*args, **kwargs):
        yield from lines()
        while True:
            yield state[0].readline(*args, **kwargs)

    def next_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    global file_spec
    if file_spec is None:
        file_spec = sorted(set(dir(io.StringIO)) | set(dir(io.BytesIO)))
    if mock is None:
        mock = MagicMock(name="open")
    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read_effect
    state[1] = readline_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines_effect
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = readline_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
