# property getters, setters and deleters; computed attributes.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        self.log.append("get")
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self.log.append("set " + str(value))
        self._balance = value
    @balance.deleter
    def balance(self):
        self.log.append("del")
        self._balance = 0
    @property
    def summary(self):
        return self.owner + ": " + str(self._balance)

a = Account("ann", 10)
a.balance = a.balance + 5
print(a.balance, a.summary)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError", e)
del a.balance
print(a.summary, a.log)
print("balance" in a.__dict__, "_balance" in a.__dict__)

# property() called directly, with keyword arguments.
class Box:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = v
    width = property(get_w, set_w)
    area = property(fget=lambda self: self._w * self._w)
b = Box()
b.width = 7
print(b.width, b.area)
p = Box.__dict__["width"]
print(type(p).__name__, p.fget is Box.get_w, p.fset is Box.set_w, p.fdel)
print(p.fget(b), Box.area.fset)

# Properties are inherited and can be overridden.
class Square(Box):
    @property
    def area(self):
        return "square " + str(super().area)
s = Square()
s.width = 3
print(s.area, Box.width is Square.width)
print(hasattr(s, "area"), getattr(s, "width"))
