# A property without a doc takes its getter's docstring.
class C:
    @property
    def a(self):
        "The a value."
        return 1

    @property
    def b(self):
        return 2

    c = property(lambda self: 3, doc="explicit")

    def _get(self):
        "getter doc"
        return 4

    d = property(_get)
    e = property(_get, None, None, "given doc")


for name in "abcde":
    print(name, repr(C.__dict__[name].__doc__), getattr(C(), name))
print(property().__doc__)
