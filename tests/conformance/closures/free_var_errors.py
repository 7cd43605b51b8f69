# Free-variable errors: closures reading cells before assignment or after deletion.
def early_call():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = "now bound"
    return inner()
print(early_call())
def deleted():
    y = 1
    def inner():
        return y
    del y
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted())
# a cell can be rebound after deletion
def rebind():
    z = 1
    get = lambda: z
    del z
    z = 2
    return get()
print(rebind())
# nonlocal assignment inside a closure before the outer function binds the name
def outer():
    def setter():
        nonlocal v
        v = "set by closure"
    setter()
    result = v
    v = "rebound"
    return result, v
print(outer())
# the error type is NameError, not UnboundLocalError, for free variables
def kind():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, isinstance(e, UnboundLocalError))
    w = 0
kind()
# local variable referenced before assignment in the same function
def local_first():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
    return q
print(local_first())
# names from an outer function are looked up at call time
def late():
    fns = []
    for name in ["a", "b"]:
        fns.append(lambda: name.upper())
    name = "final"
    return [f() for f in fns]
print(late())
