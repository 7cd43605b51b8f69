# The uncaught-exception line names the exception class by its current
# __module__ and __qualname__ (assigned after the class was made).

class Outer:
    class MyError(Exception):
        pass

Outer.MyError.__module__ = "x"
print(repr(Outer.MyError))
raise Outer.MyError("from x")
