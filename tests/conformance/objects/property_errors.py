# Error messages for missing property accessors, and AttributeError inside getters.
class Frozen:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    nothing = property()
    @property
    def broken(self):
        return self.missing_attribute

f = Frozen()
def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: f.x)
attempt(lambda: setattr(f, "x", 2))
attempt(lambda: delattr(f, "x"))
attempt(lambda: f.nothing)
attempt(lambda: setattr(f, "nothing", 1))
attempt(lambda: f.broken)
print(hasattr(f, "broken"), getattr(f, "broken", "default"), hasattr(f, "x"))

# A property created outside a class body has no name.
class Late:
    pass
Late.p = property(lambda self: 42)
late = Late()
attempt(lambda: late.p)
attempt(lambda: setattr(late, "p", 1))
attempt(lambda: delattr(late, "p"))

# The qualified name of nested classes appears in the message.
class Outer:
    class Inner:
        @property
        def ro(self):
            return "ro"
attempt(lambda: setattr(Outer.Inner(), "ro", 0))

# A setter that raises, and a getter error that __getattr__ rescues.
class Strict:
    def _set(self, v):
        raise TypeError("expected int, got " + type(v).__name__)
    value = property(lambda self: 0, _set)
    @property
    def flaky(self):
        raise AttributeError("flaky failed")
    def __getattr__(self, name):
        return "fallback for " + name
attempt(lambda: setattr(Strict(), "value", "s"))
attempt(lambda: Strict().flaky)
attempt(lambda: Strict().value)
attempt(lambda: property(1, 2, 3, 4, 5))
