# Nested try statements: which handler catches, finally ordering, exceptions in handlers.
def nested(kind):
    log = []
    try:
        try:
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
            log.append("no error")
        except ValueError as e:
            log.append("inner caught " + str(e))
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer caught " + str(e))
    finally:
        log.append("outer finally")
    return log

for k in ["none", "value", "type"]:
    print(k, nested(k))

# exception raised inside an except handler
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

# exception raised inside finally replaces the original
try:
    try:
        raise ValueError("original")
    finally:
        raise IndexError("from finally")
except Exception as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

# three levels deep, re-raised each level
def level(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        level(n - 1)
    except LookupError as e:
        print("level", n, "saw", e)
        raise

try:
    level(3)
except LookupError as e:
    print("top saw", e)

# handler variable is deleted after the except block
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
