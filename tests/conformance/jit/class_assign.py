# Assigning obj.__class__ in a hot loop: method lookups, attribute reads and
# type() of the instance must follow the new class on the next iteration.

class Dog:
    legs = 4
    def sound(self):
        return 1

class Cat:
    legs = 6
    def sound(self):
        return 2

pet = Dog()
s = 0
for i in range(4000):
    if i % 1000 == 999:
        pet.__class__ = Cat if type(pet) is Dog else Dog
    s += pet.sound() + pet.legs
print(s, type(pet).__name__, pet.__class__.__name__, isinstance(pet, Dog))
print(sorted(pet.__dict__))

pets = [Dog(), Dog(), Dog()]
s = 0
for i in range(6000):
    p = pets[i % 3]
    if i == 3000:
        pets[1].__class__ = Cat
    s += p.sound()
print(s, [type(p).__name__ for p in pets])
