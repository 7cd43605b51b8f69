from abc import ABCMeta, abstractmethod, ABC


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


try:
    Shape()
except TypeError as e:
    print("TypeError", e)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
print(type(Shape).__name__, type(Square).__name__, isinstance(Shape, ABCMeta))


class Half(Shape):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError", e)


class Base:
    def hello(self):
        return "hello"


class Mixed(Base, metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Runner(Mixed):
    def run(self):
        return self.hello() + " run"


print(Runner().run(), isinstance(Runner(), Base), isinstance(Runner(), Mixed))


class Duck:
    def area(self):
        return 0


Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
ABCMeta.register(Shape, int)
print(issubclass(int, Shape), isinstance(5, Shape))


class Hooked(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented


class Q:
    def quack(self):
        pass


print(issubclass(Q, Hooked), isinstance(Q(), Hooked), isinstance(1, Hooked))
print(Hooked(), ) if False else print(type(Hooked()).__name__)


class Prop(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...


class PropImpl(Prop):
    @property
    def value(self):
        return 42


print(PropImpl().value)
try:
    Prop()
except TypeError as e:
    print("TypeError", e)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Both(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


try:
    Both()
except TypeError as e:
    print("TypeError", e)


class BothImpl(Both):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper():
        return "h"


print(BothImpl.make(), BothImpl.helper(), type(BothImpl()).__name__)
