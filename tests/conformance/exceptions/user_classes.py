# User-defined exception classes with custom __init__ and __str__, and their args.
class AppError(Exception):
    pass

class CodeError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return "[" + str(self.code) + "] " + self.msg

class NoSuper(Exception):
    def __init__(self, x):
        self.x = x

class ReprOnly(Exception):
    def __repr__(self):
        return "ReprOnly!"

try:
    raise AppError("plain", 2)
except AppError as e:
    print(type(e).__name__, e, e.args, repr(e))

try:
    raise CodeError(404, "not found")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, e.msg)
    print(repr(e))
    print(isinstance(e, Exception), isinstance(e, CodeError), issubclass(CodeError, AppError))

try:
    raise NoSuper(7)
except NoSuper as e:
    print("NoSuper:", repr(str(e)), e.args, e.x, repr(e))

try:
    raise ReprOnly("r")
except ReprOnly as e:
    print(str(e), repr(e))

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

for args in [(), ("custom",)]:
    try:
        raise WithDefault(*args)
    except WithDefault as e:
        print(e, e.args)

# wrong number of args to a custom __init__
try:
    raise CodeError(1)
except TypeError as e:
    print(type(e).__name__, e)

class Broken(Exception):
    def __str__(self):
        return 42
try:
    str(Broken())
except TypeError as e:
    print(type(e).__name__, e)
print(Broken.__mro__[1].__name__, Broken.__mro__[-1].__name__)
