# Attribute sites in a base-class method see instances of many subclasses
# whose extra attributes differ (different shapes, same slot for the base's
# attributes); then classes are mutated under the specialized sites.


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

    def bump(self):
        self.a = self.a + 1


class One(Base):
    def __init__(self):
        Base.__init__(self, 1, 2)
        self.one = 1


class Two(Base):
    def __init__(self):
        Base.__init__(self, 10, 20)
        self.two = 2
        self.extra = 3


class Three(Base):
    def __init__(self):
        self.pre = 0
        Base.__init__(self, 100, 200)


class Four(Base):
    def __init__(self):
        Base.__init__(self, 1000, 2000)
        self.four = 4


objs = [One(), Two(), Three(), Four()]
acc = 0
for i in range(3000):
    o = objs[i % 4]
    o.bump()
    acc += o.total()
print(acc, [o.a for o in objs])


def getattribute(self, name):
    if name == "a":
        return -1
    return object.__getattribute__(self, name)


Two.__getattribute__ = getattribute
acc = 0
for i in range(400):
    acc += objs[i % 4].total()
print(acc)
del Two.__getattribute__

seen = []


def setattr_hook(self, name, value):
    seen.append(name)
    object.__setattr__(self, name, value * 2)


Four.__setattr__ = setattr_hook
for i in range(400):
    objs[i % 4].bump()
print(len(seen), [o.a for o in objs])
del Four.__setattr__

# An object whose class defines __slots__ and an exception instance with the
# same attribute names.


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 5
        self.b = 6


class Err(Exception):
    def __init__(self):
        self.a = 7
        self.b = 8


mixed = [One(), Slotted(), Err(), Two()]
acc = 0
for i in range(2000):
    o = mixed[i % 4]
    acc += o.a * 3 + o.b
    o.a = o.a + 1
print(acc, [o.a for o in mixed])
