# Bound methods compare equal when the same function is bound to the same
# object (receivers by identity, as CPython does since 3.8), and hash alike.
class K:
    def m(self):
        return 1

    def n(self):
        return 2

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    @classmethod
    def c(cls):
        return cls

    @staticmethod
    def s():
        return 0


k, j = K(), K()
print(k.m == k.m, k.m != k.m, k.m is k.m, k.m == k.n, k.m == j.m, k == j)
print(hash(k.m) == hash(k.m), {k.m: "found"}[k.m], len({k.m, k.m, k.n, j.m}))
print(K.m == K.m, k.m == K.m, K.c == K.c, k.c == K.c, K.s == k.s)
lst = [3]
print(lst.append == lst.append, lst.append == [3].append, lst.append != lst.pop, "ab".upper == "ab".upper)
print(hash(lst.append) == hash(lst.append), {lst.append: 1}[lst.append], len({lst.append, lst.append, lst.pop}))
print((1).__add__ == (1).__add__, (1).__add__ == (1).__sub__, lst.__len__ == lst.__len__, int.__add__ == int.__add__)
print(hash((7).__mul__) == hash((7).__mul__), len({lst.__len__, lst.__len__, lst.__iter__}))
print(k.__init__ == k.__init__, k.__repr__ == k.__repr__, k.m == 1, k.m == None, k.m in [j.m, k.m])
print(len == len, len != abs, print == print)
for op in (lambda: k.m < k.m, lambda: lst.append <= lst.append):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
unhashable = [1, 2]
print(hash(unhashable.append) == hash(unhashable.append), unhashable.copy == unhashable.copy)
