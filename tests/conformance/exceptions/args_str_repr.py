# e.args, str(e) and repr(e) for exceptions created with 0, 1, 2 and more arguments.
cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", "b"),
    ValueError(1, 2, 3),
    ValueError(42),
    ValueError(None),
    ValueError(""),
    ValueError(("t",)),
    KeyError(),
    KeyError("k"),
    KeyError("a", "b"),
    KeyError(3),
    IndexError("list index out of range"),
    Exception([1, 2]),
    StopIteration(5),
    StopIteration(),
    OSError(),
    SystemExit(3),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))

# args is a tuple and can be reassigned
e = RuntimeError("x")
print(type(e.args).__name__)
e.args = ("new", 1)
print(str(e), repr(e))
e.args = [9]
print(e.args, str(e))

# printing an exception directly uses str
print(ValueError("printed"))
print(KeyError("printed key"))
print([ValueError("in list"), KeyError("kk")])

# StopIteration.value, SystemExit.code
print(StopIteration(7).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit("bye").code)

# exception attribute via keyword args is not allowed
try:
    ValueError(msg="x")
except TypeError as e:
    print(type(e).__name__, e)
