# An error inside a method called via a dunder (__add__) propagates out.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o.v)
    def __repr__(self):
        return "Num(" + repr(self.v) + ")"
print(Num(1) + Num(2), Num("a") + Num("b"))
print(Num(1) + Num("b"))
