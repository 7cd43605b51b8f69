# dataclasses: kw_only, KW_ONLY, init=False, repr=False, hash rules, ClassVar, Field repr, nested astuple, errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY, FrozenInstanceError
from typing import ClassVar


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1


print(Opts(level=3), Opts.__doc__)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: list = field(default_factory=lambda: [0])


m = Mixed(1, c=[5])
print(m, Mixed(7, b=8), Mixed.__doc__)


@dataclass
class Counted:
    total: ClassVar[int] = 0
    name: str
    hidden: int = field(default=9, repr=False)
    derived: int = field(init=False, default=4)
    scratch: list = field(init=False, default_factory=list, compare=False)


c = Counted('x')
print(c, c.hidden, c.derived, c.scratch, [f.name for f in fields(Counted)], Counted.total)
print(c == Counted('x', 1), c == Counted('x'))
try:
    replace(c, derived=1)
except ValueError as e:
    print('ValueError:', e)
print(replace(c, name='y'))


@dataclass(unsafe_hash=True)
class H:
    k: int
    v: int = field(hash=False, default=0)


print(hash(H(3, 1)) == hash(H(3, 2)), H(3, 1) == H(3, 2))


@dataclass
class Explicit:
    k: int

    def __hash__(self):
        return 42


print(hash(Explicit(1)))


@dataclass(frozen=True)
class F:
    x: int


f = F(1)
for act in [lambda: setattr(f, 'x', 2), lambda: delattr(f, 'x')]:
    try:
        act()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(f, hash(f) == hash(F(1)), {f, F(1), F(2)} == {F(1), F(2)})


@dataclass(order=True)
class O:
    a: int
    b: str = ''


@dataclass(order=True)
class O2:
    a: int
    b: str = ''


print(O(1, 'b') > O(1, 'a'), O(1) <= O(1), O(1) == O2(1))
try:
    O(1) < O2(2)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Tree:
    label: str
    kids: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


t = Tree('root', [Tree('a'), Tree('b', meta={'k': (1, 2)})])
print(astuple(t))
print(asdict(t))
print(repr(fields(F)[0]).startswith("Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object"))
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print('ValueError:', e)
try:
    Mixed(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Thaw(F):
        y: int = 0
except TypeError as e:
    print('TypeError:', e)
