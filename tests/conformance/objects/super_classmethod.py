# super() in classmethods, __class__ inside methods, and alternative constructors.
class Model:
    registry = []
    def __init__(self, data):
        self.data = data
    @classmethod
    def create(cls, data):
        obj = cls(data)
        Model.registry.append(cls.__name__)
        return obj
    @classmethod
    def describe(cls):
        return "model " + cls.__name__

class User(Model):
    @classmethod
    def create(cls, data):
        obj = super().create(data.upper())
        obj.kind = "user"
        return obj
    @classmethod
    def describe(cls):
        return "user/" + super().describe()
    def where(self):
        return __class__.__name__ + " vs " + type(self).__name__

class Admin(User):
    pass

u = User.create("ann")
a = Admin.create("bob")
print(u.data, u.kind, type(u).__name__)
print(a.data, a.kind, type(a).__name__)
print(Model.registry)
print(User.describe(), Admin.describe(), Admin().describe() if False else Model.describe())
print(a.where(), u.where())

# super() inside a classmethod called through an instance.
print(a.describe())

# A staticmethod has no first argument: zero-argument super() fails.
class S(Model):
    @staticmethod
    def broken():
        return super()
try:
    S.broken()
except RuntimeError as e:
    print("RuntimeError", e)

# __class__ stays the defining class even when the method is inherited.
class P:
    def cls_name(self):
        return __class__.__name__
class Q(P):
    pass
print(Q().cls_name(), P().cls_name())
