# Single inheritance, overriding, explicit Base.method(self, ...) calls, isinstance.
class Animal:
    legs = 4
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + " says " + self.speak() + " on " + str(self.legs) + " legs"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Bird(Animal):
    legs = 2
    def __init__(self, name, can_fly):
        Animal.__init__(self, name)
        self.can_fly = can_fly
    def speak(self):
        return "Tweet"
    def describe(self):
        base = Animal.describe(self)
        if self.can_fly:
            return base + " (flies)"
        return base + " (walks)"
class Penguin(Bird):
    def __init__(self, name):
        Bird.__init__(self, name, False)
    def speak(self):
        return Bird.speak(self) + "?"
zoo = [Animal("generic"), Dog("Rex"), Bird("Tweety", True), Penguin("Pingu")]
for a in zoo:
    print(a.describe())
p = zoo[3]
print(isinstance(p, Penguin), isinstance(p, Bird), isinstance(p, Animal), isinstance(p, Dog))
print(isinstance(zoo[1], (Bird, Dog)), isinstance(zoo[0], (Bird, Dog)))
print(type(p) == Penguin, type(p) == Bird, type(p))
print(p.legs, Penguin.legs, Dog.legs)
Animal.legs = 6
print(zoo[0].legs, zoo[1].legs, zoo[2].legs, p.legs)
class Shape:
    def area(self):
        return 0
    def report(self):
        return self.kind() + " with area " + str(self.area())
    def kind(self):
        return "shape"
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def kind(self):
        return "rect"
class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
    def kind(self):
        return "square(" + Rect.kind(self) + ")"
for s in [Shape(), Rect(2, 3), Square(4)]:
    print(s.report())
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance("", (int, str)))
