# Closures inside classes and methods: capturing self, class bodies not forming scopes.
class Counter:
    def __init__(self):
        self.n = 0
    def make_incrementer(self, step):
        def inc():
            self.n += step
            return self.n
        return inc

c = Counter()
by2 = c.make_incrementer(2)
by5 = c.make_incrementer(5)
print(by2(), by5(), by2(), c.n)

# class body names are not visible inside methods or nested functions
class Config:
    scale = 3
    def method(self):
        try:
            return scale
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
    def via_class(self):
        return Config.scale * 2
print(Config().method())
print(Config().via_class())

# comprehensions in a class body can't see class variables (except in the first iterable)
class Table:
    base = 10
    items = [i for i in range(base, base + 3)]
    try:
        pairs = [base * i for i in range(2)]
    except NameError as e:
        pairs = "NameError: " + str(e)
print(Table.items, Table.pairs)

# a function defined in a method closing over method locals and self
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greeters(self, names):
        suffix = "!"
        return [lambda n=n: self.greeting + ", " + n + suffix for n in names]
g = Greeter("Hi")
fs = g.greeters(["Ann", "Bob"])
g.greeting = "Yo"
print([f() for f in fs])

# classes created inside a function can close over the function's variables
def make_class(tag):
    class Tagged:
        def describe(self):
            return "tag=" + tag
    return Tagged
A = make_class("alpha")
B = make_class("beta")
print(A().describe(), B().describe(), A.__name__, A is B)

# bound methods stored and called later keep their instance
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
getters = [Box(i).get for i in range(3)]
print([g() for g in getters])
