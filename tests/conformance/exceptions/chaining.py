# raise X from Y, raise from None, implicit __context__, and __suppress_context__.
def show(e):
    print(type(e).__name__, repr(str(e)))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad key") from k
except ValueError as e:
    show(e)
    print("  cause is context:", e.__cause__ is e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    show(e)

try:
    try:
        [].pop()
    except IndexError:
        raise TypeError("implicit")
except TypeError as e:
    show(e)

try:
    raise ValueError("plain")
except ValueError as e:
    show(e)

# from an unrelated exception instance, outside any handler
try:
    raise KeyError("k") from OSError("os")
except KeyError as e:
    show(e)

# from a class: it gets instantiated
try:
    raise KeyError("k2") from IndexError
except KeyError as e:
    show(e)

# from something invalid
try:
    raise KeyError("k3") from 5
except TypeError as e:
    print(type(e).__name__, e)

# explicitly setting attributes
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
