# A class's __module__, __name__ and __qualname__ are assignable after
# creation, and the class repr, the default instance repr, call errors and
# reads (also in hot loops) follow them; the other two stay as they were.

def short(o):
    return repr(o).split(" at ")[0]

class C:
    pass

class E(Exception):
    pass

print(repr(C), C.__module__, C.__name__, C.__qualname__)
C.__module__ = "x"
print(repr(C), C.__module__, C.__name__, C.__qualname__)
print(C.__dict__["__module__"], C().__module__, short(C()))

# A subclass keeps its own __module__.
class D(C):
    pass
print(repr(D), D.__module__, short(D()))

# A module that is not a str, or "builtins": the repr shows just __name__.
C.__module__ = 5
print(repr(C), short(C()), C.__module__)
C.__module__ = None
print(repr(C), short(C()))
C.__module__ = "builtins"
print(repr(C), short(C()))
C.__module__ = "pkg.mod"

# __name__ and __qualname__.
C.__name__ = "Renamed"
print(repr(C), C.__name__, C.__qualname__, short(C()))
C.__qualname__ = "Outer.Inner"
print(repr(C), C.__name__, C.__qualname__, short(C()))
print("__name__" in C.__dict__, "__qualname__" in C.__dict__)
try:
    C().__name__
except AttributeError as e:
    print("AttributeError:", e)
setattr(C, "__name__", "Again")
print(repr(C), getattr(C, "__name__"))

# A class body's own __name__ is an attribute of its instances only.
class N:
    __name__ = "body"
print(N.__name__, N().__name__)

# Errors.
for attr, value in [("__name__", 3), ("__qualname__", None), ("__name__", "a\0b")]:
    try:
        setattr(C, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for attr in ["__name__", "__qualname__", "__module__"]:
    try:
        delattr(C, attr)
    except TypeError as e:
        print("TypeError", e)
print(repr(C), C.__module__)
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError", e)

# Exception classes: repr and str of instances are unaffected.
E.__module__ = "errs"
print(repr(E), repr(E("a")), str(E("a")))
try:
    raise E("caught")
except E as e:
    print(type(e).__module__, type(e).__qualname__, e)

# Call errors name the class as module.qualname().
class K:
    def __init__(self):
        pass
K.__module__ = "kmod"
try:
    K(1, 2)
except TypeError as e:
    print(e)
try:
    K(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)

# Hot loops: assignment and reads alternate.
class H:
    pass
seen = []
for i in range(2000):
    H.__module__ = "m%d" % (i % 3)
    if i % 500 == 0:
        H.__name__ = "H%d" % i
    m = H.__module__
    if i % 400 == 0:
        seen.append((m, H.__name__, H.__qualname__, repr(H), short(H())))
for s in seen:
    print(s)

def reprs(cls, n):
    out = 0
    for i in range(n):
        out += len(repr(cls)) + len(cls.__module__) + len(cls.__name__)
    return out
print(reprs(H, 1000))
H.__module__ = "a.much.longer.module.name"
H.__qualname__ = "Q"
print(reprs(H, 1000), repr(H))
