# enum.Flag and enum.IntFlag: auto powers of two, | & ^ ~, membership, iteration, pseudo-members, bool
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

print(Perm.R.value, Perm.W.value, Perm.X.value, repr(Perm.RW), list(Perm), len(Perm))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw is Perm.RW, rw.name, rw.value)
rx = Perm.R | Perm.X
print(repr(rx), str(rx), rx.name, Perm.R in rx, Perm.W in rx, Perm.RW in rx, Perm.R | Perm.X is rx)
print(repr(rx & Perm.R), repr(rx & Perm.W), repr(rx ^ Perm.RW), repr(~Perm.R), repr(~rx))
print(bool(Perm.R & Perm.W), bool(Perm.R), repr(Perm(0)), str(Perm(0)), Perm(0).name)
print(list(rx), list(Perm(7)), len(Perm(7)), len(Perm(0)), repr(Perm(3)))
print(Perm(1) is Perm.R, Perm["W"], isinstance(rx, Perm), Perm.R < 2 if False else "")
print([p.name for p in Perm], Perm.__members__.keys())
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)

class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4

mode = Open.READ | Open.WRITE
print(repr(mode), str(mode), mode, mode == 3, mode + 1, isinstance(mode, int), format(mode))
print(repr(Open.READ | 8), repr(Open(9)), repr(mode & 1), repr(1 | Open.APPEND), repr(~Open.READ))
print(Open.READ in mode, Open.APPEND in mode, list(mode), bool(Open(0)), repr(Open(0)))
print(repr(mode ^ Open.READ), repr(Open.WRITE & Open.READ), int(Open.APPEND), hex(mode))

class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7

print(repr(Color.WHITE), list(Color.WHITE), repr(Color.RED | Color.GREEN | Color.BLUE), repr(~Color.WHITE))
print(sorted(c.name for c in Color), Color.RED in Color, repr(Color(6)))

from enum import CONFORM, EJECT, KEEP, STRICT, FlagBoundary
class Small(Flag, boundary=CONFORM):
    A = 1
    B = 2

class Loose(Flag, boundary=EJECT):
    A = 1
    B = 2

print(repr(Small(7)), repr(Small(4)), repr(~Small.A), Loose(7), type(Loose(7)).__name__, repr(Loose(3)))
print(repr(Open(-1)), repr(~Open(0)), STRICT, repr(KEEP), FlagBoundary.CONFORM == "conform")
try:
    Perm("x")
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: Perm.R & "a", lambda: ~Perm(0) | 3):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Perm.R == Perm.R, Perm.R == 1, Perm.R != Perm.W, hash(Perm.R) == hash(Perm.R), {Perm.R: 1}[Perm(1)])
