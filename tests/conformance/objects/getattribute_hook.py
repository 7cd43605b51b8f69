# __getattribute__ intercepts every lookup; object.__getattribute__ is the default.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method sees x=" + str(self.x)

l = Logged()
print(l.x, l.secret, l.method())
try:
    l._hidden
except AttributeError as e:
    print("AttributeError", e)
try:
    l.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(l, "_p", "dflt"), hasattr(l, "method"))

# __getattr__ is the fallback when __getattribute__ raises AttributeError.
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
b.real = "real"
print(b.real, b.boom, b.other)

# Counting lookups, including method lookups.
class Counted:
    def __init__(self):
        object.__setattr__(self, "n", 0)
    def __getattribute__(self, name):
        n = object.__getattribute__(self, "n")
        object.__setattr__(self, "n", n + 1)
        return object.__getattribute__(self, name)
    def ping(self):
        return "pong"
c = Counted()
c.ping()
c.ping()
c.n
print(object.__getattribute__(c, "n"))
try:
    object.__getattribute__(c, "zzz")
except AttributeError as e:
    print("AttributeError", e)
