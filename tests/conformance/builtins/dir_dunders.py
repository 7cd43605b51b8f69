# dir() lists the built-in dunders and computed attributes a value has,
# and object's __dir__, __sizeof__ and __subclasshook__.


class C:
    pass


class D(C):
    __slots__ = ("a",)


class S:
    __slots__ = ("a",)


class L(list):
    pass


class E(Exception):
    pass


print(dir(C()))
print(dir(C))
print(dir(D()))
print(dir(S()))
# (ouro's built-in types carry no docstrings: no `__doc__` on them.)
print(sorted(set(dir(L())) - set(dir([])) - {"__doc__"}))
print([n for n in dir(E()) if n not in dir(Exception()) and n != "__doc__"])

for v in (5, 1.5, "s", [1], (1,), {1: 2}, {1}, range(3), None, True, b"x", 1j):
    public = [n for n in dir(v) if not n.startswith("_")]
    print(type(v).__name__, public)
    print("  ", [n for n in ("__add__", "__len__", "__iter__", "__hash__", "__eq__",
                             "__lt__", "__bool__", "__getitem__", "__contains__",
                             "__class__", "__init__", "__reduce_ex__", "__sizeof__")
                 if n in dir(v)])

print([n for n in dir(int) if n.startswith("__r") and n.endswith("__")])
print("__dict__" in dir(C()), "__dict__" in dir(S()), "__weakref__" in dir(C))


class Custom:
    def __init__(self):
        self.x = 1

    def __dir__(self):
        return ["zeta"] + super().__dir__()


names = dir(Custom())
print(names[-1], "x" in names, "__init__" in names, names == sorted(names))
print(sorted(object.__dir__(Custom())) == sorted(set(names) - {"zeta"}))
print(C.__subclasshook__(int), object.__subclasshook__(C))
print(type(C().__sizeof__()).__name__, C().__sizeof__() > 0)
try:
    object.__dir__()
except TypeError as e:
    print("TypeError", e)
try:
    C().__sizeof__(1)
except TypeError as e:
    print("TypeError", e)


class SA:
    __slots__ = ("__p", "q")


class SB(SA):
    __slots__ = "r"


print([n for n in dir(SB()) if not n.startswith("__") or n == "__slots__"])
