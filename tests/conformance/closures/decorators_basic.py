# Decorators without arguments: wrapping, preserving behaviour, counting calls, returning other things.
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper()
    return wrapper
@shout
def greet(name, punct="!"):
    return "hello " + name + punct
print(greet("ann"), greet("bob", punct="?"))
print(greet.__name__)
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add(b=5, a=6))
print("calls:", add.calls)
# decorator with its own closure state
def remember(fn):
    seen = []
    def wrapper(x):
        seen.append(x)
        return fn(x), list(seen)
    return wrapper
@remember
def square(x):
    return x * x
print(square(2))
print(square(3))
# decorator that registers and returns the function unchanged
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"](), alpha is registry["alpha"])
# decorator replacing a function with a non-callable
def to_value(fn):
    return fn()
@to_value
def answer():
    return 42
print(answer, type(answer).__name__)
# errors inside decorated functions propagate through the wrapper
@count_calls
def div(a, b):
    return a / b
try:
    div(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e, div.calls)
try:
    div(1)
except TypeError as e:
    print(type(e).__name__, e, div.calls)
