# Handler matching: base classes, tuples of classes, handler order, and non-matching handlers.
def classify(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return "lookup-tuple " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
    return "none"

print(classify(lambda: {}[1]))
print(classify(lambda: [][1]))
print(classify(lambda: 1 / 0))
print(classify(lambda: 10.0 ** 1000))
print(classify(lambda: int("x")))
print(classify(lambda: None))

def lookup(thunk):
    try:
        thunk()
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e)

lookup(lambda: {"a": 1}["b"])
lookup(lambda: "abc"[5])
lookup(lambda: (1, 2)[-3])

# first matching handler wins, even if a later one is more specific
try:
    raise KeyError("k")
except LookupError:
    print("LookupError handler (first)")
except KeyError:
    print("KeyError handler (never)")

# non-matching handler lets it propagate
try:
    try:
        raise ValueError("v")
    except TypeError:
        print("not here")
except ValueError as e:
    print("outer caught", e)

# handler class given by a variable / tuple built at runtime
handlers = (TypeError,)
handlers = handlers + (ValueError,)
try:
    raise ValueError("dyn")
except handlers as e:
    print("dynamic tuple caught", e)

# a non-exception in except clause only errors when checked
try:
    try:
        raise ValueError("v")
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# UnicodeDecodeError is a ValueError
try:
    b"\xff".decode("utf-8")
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))
