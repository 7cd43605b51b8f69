# abc: ABC, abstractmethod, instantiation refused, register
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return "%s with area %s" % (self.name(), self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"
class Partial(Shape):
    def area(self):
        return 0
print(Square(3).describe(), isinstance(Square(1), Shape))
for cls in [Shape, Partial]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)
class Plain(ABC):
    pass
print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
class Duck:
    pass
print(issubclass(Duck, Shape), isinstance(Duck(), Shape))
Shape.register(Duck)
print(issubclass(Duck, Shape), isinstance(Duck(), Shape), issubclass(int, Shape))
