# `del C.attr` for a class's special attributes and for built-in types:
# refused as CPython refuses it, the class unchanged.


class C:
    x = 1


class D:
    "doc"
    __module__ = "elsewhere"


def attempt(target, name):
    try:
        delattr(target, name)
        print("deleted", name)
    except Exception as e:
        print(name, type(e).__name__, e)


for name in ["__module__", "__name__", "__qualname__", "__doc__", "__bases__", "__mro__",
             "__dict__", "__class__", "x", "x", "y"]:
    attempt(C, name)
print(C.__module__, C.__name__, C.__qualname__, C.__doc__, C.__bases__, repr(C))
attempt(D, "__module__")
attempt(D, "__doc__")
print(D.__module__, D.__doc__, repr(D))
D.__module__ = "moved"
print(D.__module__, repr(D))
for target in [int, list, object]:
    for name in ["__module__", "__doc__", "append", "nope"]:
        attempt(target, name)
try:
    del C.__module__
except TypeError as e:
    print("statement:", e)
print(C.__module__)
