# Implicit exception context chains across multiple levels and through functions.
def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__ + ":" + str(e))
        e = e.__context__
    return names
def f():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
try:
    f()
except KeyError as e:
    print(chain(e))
def handler_calls_failing():
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
def helper():
    return [][0]
try:
    handler_calls_failing()
except IndexError as e:
    print(chain(e))
# context is not set when the exception happens after the handler finished
try:
    try:
        raise ValueError("done")
    except ValueError:
        pass
    raise TypeError("after")
except TypeError as e:
    print(chain(e))
# from None still records context, but suppresses it
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(chain(e), e.__suppress_context__, e.__cause__)
# re-raising the same exception inside its own handler does not self-chain
try:
    try:
        raise ValueError("self")
    except ValueError as e:
        raise e
except ValueError as e:
    print(chain(e))
# finally that raises while an exception is propagating
try:
    try:
        raise OSError("io")
    finally:
        raise AttributeError("attr")
except AttributeError as e:
    print(chain(e))
