# __repr__ vs __str__: print uses __str__, containers use __repr__ of elements.
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Both(" + repr(self.v) + ")"
    def __str__(self):
        return "<" + str(self.v) + ">"
class ReprOnly:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R" + repr(self.v)
class StrOnlyWithRepr:
    def __repr__(self):
        return "SOWR"
    def __str__(self):
        return "str-form"
b = Both("x")
r = ReprOnly([1, "a"])
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: [r]})
print("joined: " + str(b) + " " + repr(b))
items = [Both(i) for i in range(3)]
print(items)
print(StrOnlyWithRepr(), [StrOnlyWithRepr()])
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return sign + "$" + str(c // 100) + "." + str(c % 100).zfill(2)
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
    def __add__(self, o):
        return Money(self.cents + o.cents)
wallet = [Money(1999), Money(5), Money(-250), Money(0)]
print(wallet)
for m in wallet:
    print(m, repr(m))
total = Money(0)
for m in wallet:
    total = total + m
print("total:", total)
class Nested:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Nested(" + repr(self.child) + ")"
print(Nested(Nested(Nested(None))), Nested([Both(1), "s"]))
print(repr(Both("it's")), str(Both('q"')))
