import inspect
import functools


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def decorated(x, y=1):
    """Adds.

    Returns the sum.
    """
    return x + y


def f(a, b: int = 2, /, c=3, *args, d, e: str = "e", **kw) -> bool:
    return True


async def co(): pass
async def ag(): yield 1
def gen(): yield 1


class Base:
    """Base doc."""
    def method(self, x):
        """Method doc."""
        return x

    @property
    def prop(self):
        return 1

    @staticmethod
    def stat(p, q=0):
        pass

    @classmethod
    def cm(cls, r):
        pass


class Child(Base):
    def __init__(self, name, *, size=0):
        self.name = name

    def method(self, x):
        return x * 2


for obj in (f, decorated, Base, Child, Child.method, Child("n").method, Base.stat, Base.cm,
            functools.partial(f, 1, 2, d=4), lambda q, *r: 0, co, gen):
    print(getattr(obj, "__name__", type(obj).__name__), inspect.signature(obj))

sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation is inspect.Parameter.empty, repr(p), str(p))
print(sig.return_annotation, repr(sig))
b = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(b.arguments, b.args, b.kwargs)
b = sig.bind_partial(1)
b.apply_defaults()
print(b.arguments)
for args, kwargs in (((), {}), ((1, 2), {"b": 3, "d": 1}), ((1,), {"d": 1, "zz": 2})):
    try:
        inspect.signature(lambda a, /, b=0, *, d: 0).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(Child.__init__))

print([inspect.isfunction(x) for x in (f, len, Base.method, Child("n").method, Base)])
print([inspect.ismethod(x) for x in (f, Child("n").method, Base.cm)])
print([inspect.isclass(x) for x in (Base, int, 1, type)])
print(inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(ag), inspect.isgeneratorfunction(gen),
      inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.isbuiltin(len),
      inspect.isroutine(len), inspect.isroutine(f), inspect.ismodule(inspect),
      inspect.isdatadescriptor(Base.__dict__["prop"]), inspect.iscode(f.__code__))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
a = ag()
print(inspect.isasyncgen(a))

print(inspect.getdoc(decorated))
print(inspect.getdoc(Child), inspect.getdoc(Child.method))
print(repr(inspect.cleandoc("   first\n      second\n    third\n\n")))
print([n for n, v in inspect.getmembers(Child) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child("x"), inspect.ismethod)])
print(inspect.getmodule(f).__name__, inspect.unwrap(decorated) is not decorated)
print(inspect.getsource(f), end="")
print(inspect.getsource(decorated), end="")
print(inspect.getsource(Base.stat), end="")
lines, start = inspect.getsourcelines(Child)
print(start, len(lines), lines[0], end="")
print(f.__code__.co_firstlineno, decorated.__wrapped__.__code__.co_firstlineno, Base.stat.__code__.co_firstlineno)


def where():
    frame = inspect.currentframe()
    caller = frame.f_back
    return frame.f_code.co_name, caller.f_code.co_name, caller.f_lineno


def outer():
    return where()


print(outer())
print([(fi.function, fi.lineno) for fi in inspect.stack()[:1]], inspect.stack()[0].code_context)
try:
    inspect.signature(42)
except TypeError as e:
    print(e)
try:
    inspect.getsource(len)
except TypeError as e:
    print(e)
