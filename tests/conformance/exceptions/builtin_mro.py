# The built-in exception hierarchy: MRO names for many built-in exception classes.
classes = [
    BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
    FloatingPointError, LookupError, KeyError, IndexError, ValueError,
    UnicodeError, UnicodeDecodeError, UnicodeEncodeError, TypeError, NameError,
    UnboundLocalError, AttributeError, RuntimeError, RecursionError,
    NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit,
    KeyboardInterrupt, SystemExit, AssertionError, ImportError,
    ModuleNotFoundError, OSError, FileNotFoundError, PermissionError,
    TimeoutError, EOFError, MemoryError, SyntaxError, IndentationError,
    TabError, BufferError, ConnectionError, ConnectionResetError,
]
for c in classes:
    print([k.__name__ for k in c.__mro__])

print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"])
print(ZeroDivisionError.__bases__[0].__name__, BaseException.__bases__[0].__name__)
print(Warning.__mro__[1].__name__, [k.__name__ for k in DeprecationWarning.__mro__])

# catching BaseException catches SystemExit but Exception does not
try:
    try:
        raise SystemExit(2)
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
