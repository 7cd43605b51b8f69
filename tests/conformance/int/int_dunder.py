# int(x) through __int__ / __index__: results must be ints
class I:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
class X:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(int(I(7)), int(I(-3)), int(I(10**30)))
print(int(X(5)), int(X(2**70)))
for bad in [I(1.5), I("9"), I(None), X(2.0), X([1])]:
    try:
        print(int(bad))
    except TypeError as e:
        print("TypeError:", e)
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
print(int(Both()))
class Neither:
    pass
try:
    int(Neither())
except TypeError as e:
    print("TypeError:", e)
