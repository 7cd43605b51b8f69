# f-string self-documenting fields ({x=}), __format__/__str__/__repr__ dispatch, errors.
x = 10
name = "héllo"
ratio = 0.3333333
print(f"{x=}")
print(f"{x = }")
print(f"{x=:>5}|")
print(f"{x=!s}")
print(f"{name=}")
print(f"{name=!a}")
print(f"{ratio=:.2f}")
print(f"{x * 2 + 1=}")
print(f"{ratio = :.1%}")

class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1] or "") + "F"
        return format(self.deg, spec) + "C"
    def __str__(self):
        return "Temp(str)"
    def __repr__(self):
        return "Temp(" + repr(self.deg) + ")"

t = Temp(100)
print(f"{t} {t:.1f} {t:F} {t:.2F} {t!s} {t!r} {t=} {t=:.0f}")

class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(f"{o} {o!s} {o:}")

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: f"{o:>10}")
attempt(lambda: f"{x:q}")
attempt(lambda: f"{x:.2}")
attempt(lambda: f"{name:d}")
attempt(lambda: f"{name:+}")
attempt(lambda: f"{ratio:,c}")
attempt(lambda: f"{x:{'abc'}}")
attempt(lambda: f"{x:{x}}")
attempt(lambda: f"{undefined_name}")
attempt(lambda: f"{1 / 0}")
attempt(lambda: f"{None:>4}")
