# Private name mangling: inside a class, `__spam` is `_Class__spam`.


class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__id = Account.__count

    def __check(self, __amount=1):
        return __amount > 0

    def describe(self):
        return f"{self.__owner}#{self.__id}", self.__check(), self.__check(-5)

    def keyword_is_not_mangled(self):
        try:
            return self.__check(__amount=3)
        except TypeError as e:
            return str(e)

    class __Ledger:
        pass

    __limit: int = 100


a = Account("ann")
b = Account("bob")
print(a.describe(), b.describe())
print(sorted(k for k in vars(Account) if not k.endswith("__")))
print(sorted(vars(a)))
print(Account._Account__check.__name__, Account._Account__check.__qualname__)
print(Account._Account__Ledger.__name__, Account._Account__Ledger.__qualname__)
print(Account.__annotations__)
print(a.keyword_is_not_mangled())
print(getattr(a, "__owner", "no __owner"), a._Account__owner)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)


# A subclass's private names do not clash with its base's.
class Base:
    def __init__(self):
        self.__x = "base"

    def base_x(self):
        return self.__x


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__x = "derived"

    def derived_x(self):
        return self.__x


d = Derived()
print(d.base_x(), d.derived_x(), sorted(vars(d)))


# Leading underscores of the class name are stripped; a name of only
# underscores mangles nothing; dunders and single underscores stay.
class _Hidden:
    __a = 1
    _b = 2
    __c__ = 3


class ___:
    __a = 1


print(sorted(k for k in vars(_Hidden) if not k.startswith("__") or k == "__c__"))
print([k for k in vars(___) if k.endswith("a")])


# Nested functions, lambdas, comprehensions and generator expressions
# mangle with the enclosing class; a nested class with its own name.
class Outer:
    __v = "outer v"

    def method(self):
        __local = 10

        def inner():
            return __local + 1

        return (
            inner(),
            (lambda: self.__v)(),
            [self.__v for _ in range(1)],
            list(self.__v[i] for i in range(2)),
            __local,
        )

    class Inner:
        __v = "inner v"

        def get(self):
            return self.__v


print(Outer().method(), Outer.Inner().get(), hasattr(Outer.Inner, "_Inner__v"))


# A comprehension in a method reads a mangled global.
class Reader:
    def read(self):
        return [__shared for _ in range(1)]


try:
    Reader().read()
except NameError as e:
    print("NameError:", e)
_Reader__shared = "found"
print(Reader().read())


# global, nonlocal, del, augmented assignment, walrus, except-as, with-as,
# for targets and import bindings are mangled too.
class Binder:
    def run(self):
        global __g
        __g = "global set"
        self.__n = 1
        self.__n += 41
        total = self.__n
        del self.__n
        if (__w := 5) > 3:
            total += __w
        try:
            raise ValueError("boom")
        except ValueError as __e:
            msg = str(__e)
        for __i in range(3):
            total += __i
        import math as __m
        from math import pi as __pi

        return total, msg, hasattr(self, "_Binder__n"), __m.floor(__pi)

    def counter(self):
        __c = 0

        def bump():
            nonlocal __c
            __c += 1
            return __c

        bump()
        return bump()


print(Binder().run(), _Binder__g, Binder().counter())


# match: capture names are mangled, class-pattern keywords are not.
class Point:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x
        self.__y = "private"


class Matcher:
    def check(self, o):
        match o:
            case {"key": __v, **__rest}:
                return "mapping", __v, __rest
            case [__first, *__others]:
                return "sequence", __first, __others
            case Point(x=__px) as __whole:
                return "point", __px, type(__whole).__name__
        return "none"


print(Matcher().check({"key": 1, "z": 2}))
print(Matcher().check([1, 2, 3]))
print(Matcher().check(Point(7)))


# __slots__ names are mangled with the class's name.
class Slotted:
    __slots__ = ("__s", "plain")

    def __init__(self):
        self.__s = "slot"
        self.plain = "p"

    def get(self):
        return self.__s


s = Slotted()
print(s.get(), s._Slotted__s, Slotted.__slots__)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:

    class Clash:
        __slots__ = ("__c",)
        _Clash__c = 1

except ValueError as e:
    print("ValueError:", e)


# Strings passed to getattr/setattr are not mangled.
class Dynamic:
    def set_both(self):
        setattr(self, "__raw", 1)
        self.__raw = 2
        return sorted(vars(self))


print(Dynamic().set_both())
