# pow(base, exp, mod) calls the base's __pow__ with the modulus; no __rpow__ for three arguments
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)

    def __rpow__(self, other, mod=None):
        return ("rpow", other, self.v, mod)


class Refuses:
    def __pow__(self, other, mod=None):
        return NotImplemented


print(pow(Mod(3), 2, 5), pow(Mod(3), 2), Mod(3) ** 2, 2 ** Mod(3), pow(2, Mod(3)))
print(pow(Mod(1), exp=2, mod=7), pow(Mod(1), 2, None))
for args in ((2, Mod(3), 5), (Refuses(), 2, 3), ("a", 2, 3), (2.0, 2, 3), (2, 2.5, 3), (2, 2, [])):
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError", e)
print(pow(3, 4, 5), pow(-2, -1, 5), pow(True, 2, 2))
