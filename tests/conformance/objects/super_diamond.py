# Cooperative multiple inheritance: every class calls super() once.
class Base:
    def __init__(self):
        self.calls = ["Base"]
    def who(self):
        return ["Base"]

class Left(Base):
    def __init__(self):
        super().__init__()
        self.calls.append("Left")
    def who(self):
        return ["Left"] + super().who()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.calls.append("Right")
    def who(self):
        return ["Right"] + super().who()

class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.calls.append("Bottom")
    def who(self):
        return ["Bottom"] + super().who()

b = Bottom()
print(b.calls)
print(b.who())
print([k.__name__ for k in Bottom.__mro__])
print(Left().who(), Right().calls)

# Mixins passing a shared options dict along the MRO.
class Named:
    def __init__(self, opts):
        super().__init__(opts)
        self.name = opts.get("name", "?")

class Aged:
    def __init__(self, opts):
        super().__init__()
        self.age = opts.get("age", 0)

class Person(Named, Aged):
    def __init__(self, opts):
        super().__init__(opts)
    def __repr__(self):
        return "Person(" + self.name + ", " + str(self.age) + ")"

print(Person({"name": "Ann", "age": 31}), Person({"age": 4}), Person({}))
print([k.__name__ for k in Person.__mro__])

# super() from the middle of the MRO depends on type(self).
print(super(Left, Bottom()).who())
print(super(Right, Bottom()).who())
