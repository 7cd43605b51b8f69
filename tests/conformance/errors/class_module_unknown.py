# An uncaught exception whose class's __module__ is not a str prints as
# <unknown>.qualname.

class MyError(Exception):
    pass

MyError.__module__ = None
MyError.__qualname__ = "Renamed"
print(repr(MyError))
raise MyError("no module")
