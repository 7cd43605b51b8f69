# Exceptions in with blocks: __exit__ receiving the exception, suppressing via True, and not.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, str(ev) if ev else None, tb is None)
        return self.suppress

with CM("plain") as c:
    print("body with", c.name)

with CM("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with CM("passing"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", repr(e))

# truthy non-bool return value also suppresses
with CM("truthy", suppress="yes"):
    1 / 0
print("after truthy")

# nested: inner suppresses, outer sees nothing
with CM("outer"):
    with CM("inner", suppress=True):
        raise TypeError("inner only")
    print("between")

# return inside with still runs __exit__
def f():
    with CM("in function"):
        return "returned"
print(f())

# break inside with in a loop
for i in range(3):
    with CM("loop " + str(i)):
        if i == 1:
            break
print("loop ended at", i)

# __exit__ that raises replaces the original exception
class BadExit:
    def __enter__(self):
        return "value"
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit() as v:
        print("as target:", v)
        raise ValueError("orig")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
