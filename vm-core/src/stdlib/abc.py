"""Abstract Base Classes (ABCs) according to PEP 3119.

ouro: written in Python. Until metaclasses exist, ABCMeta's work is done by
the base class ABC: `__new__` refuses classes with abstract methods,
`__init_subclass__` keeps each ABC's registry and subclasses, and the
classmethod `__ouro_subclasscheck__` is what isinstance()/issubclass()
consult (the role of ABCMeta.__subclasscheck__). `class C(ABC)` works,
and so does `class C(metaclass=ABCMeta)`: ABCMeta is a metaclass that
adds ABC to the bases of a class that has no ABC among them (so, unlike
CPython, ABC shows in that class's __bases__ and __mro__, and classes
derived from ABC are not instances of ABCMeta).
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class that still has one cannot be
    instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """A method marked by abstractmethod, directly or as the function of
    a property, classmethod or staticmethod."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _abstracts(cls):
    names = set()
    seen = set()
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


class ABC:
    """Derive from this to make an abstract base class (ouro's stand-in
    for metaclass=ABCMeta)."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls.__abstractmethods__ = _abstracts(cls)
        for base in cls.__mro__[1:]:
            subs = base.__dict__.get("_abc_subclasses")
            if subs is not None:
                subs.append(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            s = "s" if len(names) > 1 else ""
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ", ".join(names)))
        if args or kwargs:
            if not any("__init__" in k.__dict__ for k in cls.__mro__ if k is not object):
                raise TypeError("%s() takes no arguments" % cls.__name__)
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Make subclass count as a subclass of this ABC for isinstance()
        and issubclass(), without inheriting from it."""
        if issubclass(subclass, cls):
            return subclass
        cls.__dict__["_abc_registry"].append(subclass)
        # CPython sets Py_TPFLAGS_SEQUENCE/MAPPING on a registered class
        # (not on built-in types): ouro's `match` reads this mark instead.
        mark = getattr(cls, "__ouro_match__", None)
        if mark is not None and getattr(subclass, "__ouro_match__", None) is None:
            try:
                subclass.__ouro_match__ = mark
            except (TypeError, AttributeError):
                pass
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def __ouro_subclasscheck__(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return ok
        for rcls in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__dict__.get("_abc_subclasses", ()):
            if issubclass(subclass, scls):
                return True
        return False


ABC._abc_registry = []
ABC._abc_subclasses = []
ABC.__abstractmethods__ = frozenset()


class ABCMeta(type):
    """Metaclass for abstract base classes: a class it makes derives from
    ABC (added last to its bases when no base does), which refuses
    instances while abstract methods remain and keeps the registry."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if not any(isinstance(b, type) and issubclass(b, ABC) for b in bases):
            bases = tuple(b for b in bases if b is not object) + (ABC,)
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def register(cls, subclass):
        # The class's own `register` (ABC's classmethod, found on the
        # class before the metaclass) does the work.
        return cls.register(subclass)


def get_cache_token():
    return 0
