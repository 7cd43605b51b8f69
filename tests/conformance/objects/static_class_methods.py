# staticmethod and classmethod through instances, classes and subclasses.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @staticmethod
    def c_to_f(c):
        return c * 9 // 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)
    @classmethod
    def scale_name(cls):
        return cls.__name__ + " in " + cls.scale
    def as_f(self):
        return self.c_to_f(self.degrees)

class Kelvinish(Temperature):
    scale = "K"

t = Temperature.from_f(212)
print(type(t).__name__, t.degrees, t.as_f())
k = Kelvinish.from_f(32)
print(type(k).__name__, k.degrees)
print(Temperature.c_to_f(100), t.c_to_f(0), k.c_to_f(-40))
print(Temperature.scale_name(), Kelvinish.scale_name(), k.scale_name())

# The wrapper objects themselves.
sm = Temperature.__dict__["c_to_f"]
cm = Temperature.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(10), cm.__func__(Kelvinish, 50).degrees)
print(callable(sm), callable(cm))

# Built without decorator syntax; getattr goes through the descriptors.
def helper(x):
    return x * 2
def maker(cls, x):
    return cls.__name__ + ":" + str(x)
class Util:
    double = staticmethod(helper)
    make = classmethod(maker)
    tripled = staticmethod(lambda x: x * 3)
print(Util.double(4), Util().double(5), Util.tripled(2))
print(Util.make(1), Util().make(2), getattr(Util, "make")(3))
f = getattr(Util(), "double")
print(f(21), f is helper)

# A classmethod bound method keeps the class.
bound = Kelvinish.scale_name
print(bound(), bound.__self__.__name__)

try:
    staticmethod()
except TypeError as e:
    print("TypeError", e)
try:
    Util.make()
except TypeError as e:
    print("TypeError", e)
