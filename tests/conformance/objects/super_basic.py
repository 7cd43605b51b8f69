# Zero-argument super() in __init__ and ordinary methods, over three levels.
class Shape:
    def __init__(self, name):
        self.name = name
        self.trace = ["Shape"]
    def area(self):
        return 0
    def describe(self):
        return self.name + " area=" + str(self.area())

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w = w
        self.h = h
        self.trace.append("Rect")
    def area(self):
        return self.w * self.h
    def describe(self):
        return "[" + super().describe() + "]"

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")
        self.trace.append("Square")
    def describe(self):
        return super().describe() + " side=" + str(self.w)

s = Square(3)
print(s.trace)
print(s.describe())
print(Rect(2, 5).describe())
print(Shape("blob").describe())

# super() works from any method, also with keyword arguments and defaults.
class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
    def bump(self, times=1):
        self.value += self.step * times
        return self.value

class LoudCounter(Counter):
    def __init__(self, start, step=1):
        super().__init__(step=step, start=start)
    def bump(self, times=1):
        v = super().bump(times=times)
        return "now " + str(v)

c = LoudCounter(start=10, step=5)
print(c.bump(), c.bump(2), c.value)

# The super object bound to self, inside a closure of the method.
class Child(Counter):
    def bumper(self):
        return lambda n: super(Child, self).bump(n)
b = Child(1).bumper()
print(b(3), b(1))
