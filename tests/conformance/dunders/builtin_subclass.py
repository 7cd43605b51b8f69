# dunders of built-in types on instances of their subclasses
class L(list):
    pass
class K(int):
    pass
class S(str):
    def __len__(self):
        return 99
class D(dict):
    def __missing__(self, key):
        return key * 2
x = L([1, 2, 3])
print(x.__len__(), list.__len__(x), x.__getitem__(0), x.__contains__(2), list(x.__iter__()))
x.__setitem__(0, 7)
x.__iadd__([4])
print(x, type(x).__name__, x.__eq__([7, 2, 3, 4]), x.__hash__, L.__hash__)
k = K(5)
print(k.__add__(1), k.__radd__(2), K.__add__(k, k), int.__add__(k, 1), k.__eq__(5), k.__lt__(K(9)), k.__bool__())
print(k.__index__(), k.__neg__(), type(k.__neg__()).__name__, k.__hash__() == hash(5), k.__repr__(), k.__str__())
s = S("abc")
print(s.__len__(), len(s), str.__len__(s), s.__getitem__(1), s.__add__("d"), s.__contains__("c"))
d = D(a=1)
print(d.__getitem__("a"), d.__getitem__("zz"), dict.__getitem__(d, "a"), d.__len__(), d.__contains__("b"))
print(hasattr(x, "__len__"), hasattr(k, "__len__"), hasattr(k, "__add__"), hasattr(s, "__iter__"))
class Fs(frozenset):
    pass
f = Fs([1, 2])
print(f.__or__({3}) == {1, 2, 3}, f.__len__(), f.__hash__() == hash(frozenset([1, 2])))
class T(tuple):
    pass
t = T((1, 2))
print(t.__len__(), t.__add__((3,)), t.__getitem__(1), tuple.__getitem__(t, 0), t.__mul__(2))
class F(float):
    pass
print(F(2.5).__floor__(), F(2.5).__round__(), F(2.5).__add__(1), F(2.5).__truediv__(2), F(1.5).__eq__(1.5))
print(int.__new__(K, 7), type(int.__new__(K, 7)).__name__, list.__new__(L), type(list.__new__(L)).__name__)
