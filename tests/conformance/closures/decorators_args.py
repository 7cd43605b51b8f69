# Decorators with arguments, stacked decorators and their application order, class decorators.
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hello(n):
    return "hi" + str(n)
print(hello(1))
def tag(name):
    print("making tag", name)
    def decorator(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper(*args):
            return "<" + name + ">" + fn(*args) + "</" + name + ">"
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator
@tag("b")
@tag("i")
def text(s):
    return s
print(text("word"))
print(text.__name__)
# order of application: bottom decorator applied first, top runs outermost
log = []
def trace(label):
    def deco(fn):
        def w(x):
            log.append("enter " + label)
            r = fn(x)
            log.append("exit " + label)
            return r
        return w
    return deco
@trace("outer")
@trace("middle")
@trace("inner")
def ident(x):
    log.append("body")
    return x
print(ident(5), log)
# class decorator
def add_method(cls):
    cls.describe = lambda self: cls.__name__ + " with " + str(self.v)
    return cls
@add_method
class Thing:
    def __init__(self, v):
        self.v = v
print(Thing(3).describe())
def limit(n):
    if n < 0:
        raise ValueError("limit must be >= 0, got " + str(n))
    return lambda fn: fn
try:
    @limit(-1)
    def bad():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    @repeat
    def wrong(x):
        return x
    print(wrong(1)())
except TypeError as e:
    print(type(e).__name__, e)
