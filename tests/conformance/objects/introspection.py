# Class and instance introspection attributes.
class Vehicle:
    """A thing that moves."""
    wheels = 4
    def __init__(self, name):
        self.name = name
    def drive(self):
        return self.name + " drives"

class Bike(Vehicle):
    wheels = 2

class Garage:
    class Slot:
        class Tag:
            pass

b = Bike("bmx")
print(b.__class__.__name__, type(b).__name__, b.__class__ is Bike)
print(Bike.__name__, Bike.__qualname__, Bike.__module__)
print(Garage.Slot.Tag.__qualname__, Garage.Slot.Tag.__name__, Garage.Slot.Tag)
print(Bike.__bases__, Vehicle.__bases__, object.__bases__)
print(Bike.__mro__)
print(Vehicle.__doc__, Bike.__doc__)
print(sorted([k for k in Vehicle.__dict__ if not k.startswith("__")]))
print(Vehicle.__dict__["wheels"], "wheels" in Bike.__dict__, "drive" in Bike.__dict__)
print(Vehicle.__dict__["__module__"], "__qualname__" in Vehicle.__dict__)
print(type(Vehicle.__dict__["drive"]).__name__)

# The instance __dict__ is a live view.
d = b.__dict__
print(d)
b.speed = 20
print(d, b.__dict__ is d)
d["gear"] = 3
print(b.gear, hasattr(b, "gear"))
del d["speed"]
print(hasattr(b, "speed"), sorted(b.__dict__))
b.__dict__.update({"name": "road"})
print(b.drive())

# Type checks.
print(isinstance(b, (int, Vehicle)), isinstance(b, (int, str)), isinstance(Bike, type))
print(issubclass(Bike, Vehicle), issubclass(Vehicle, Bike), issubclass(Bike, (int, object)))
print(callable(b), callable(Bike), callable(b.drive), callable(len), callable(3))
print(type(Bike).__name__, Bike.__class__.__name__, type(type).__name__)
print(getattr(Bike, "wheels"), getattr(b, "wheels"), hasattr(Bike, "drive"))
setattr(Bike, "wheels", 3)
print(b.wheels, Vehicle.wheels)
delattr(Bike, "wheels")
print(b.wheels)
try:
    delattr(Bike, "wheels")
except AttributeError as e:
    print("AttributeError", e)
try:
    issubclass(b, Bike)
except TypeError as e:
    print("TypeError", e)
