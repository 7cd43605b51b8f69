# OSError: errno/strerror/filename attributes and the errno-to-subclass mapping
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(e)
e = OSError(13, "Permission denied", "/etc/x")
print(type(e).__name__, e.args, e.filename)
print(str(e))
e = OSError(17, "File exists", "a", None, "b")
print(type(e).__name__, e, e.filename2)
e = OSError("just a message")
print(e.errno, e.strerror, e, e.args)
e = OSError()
print(repr(str(e)), e.errno)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.errno, e)
e = OSError(9999, "weird")
print(type(e).__name__, e)
e = FileNotFoundError(2, "gone", "f.txt")
print(type(e).__name__, e, isinstance(e, OSError))
try:
    raise OSError(2, "nope", "missing.txt")
except FileNotFoundError as err:
    print("caught", err.errno, err.filename, err)
class MyErr(OSError):
    pass
m = MyErr(2, "mine")
print(type(m).__name__, m, m.errno)
print(IOError is OSError, EnvironmentError is OSError)
class Custom(OSError):
    def __init__(self, path):
        super().__init__(2, "custom missing", path)
        self.path = path
c = Custom("p.txt")
print(type(c).__name__, c, c.errno, c.filename, c.args)
class Plain(OSError):
    def __init__(self, a, b):
        self.a = a
p = Plain(5, "x")
print(p.errno, p.args, p)
