# The repr of a built-in class method bound to its class (addresses cut off).


def show(f):
    print(repr(f).split(" at 0x")[0])


show(dict.fromkeys)
show(int.from_bytes)
show(bytes.fromhex)
show(bytearray.fromhex)
show(float.fromhex)


class D(dict):
    pass


show(D.fromkeys)
show(D().fromkeys)
print(D.fromkeys("ab"), type(D.fromkeys("ab")).__name__)
print(dict.fromkeys.__self__, D.fromkeys.__self__.__name__)


# fromkeys of a subclass makes the subclass: cls(), then __setitem__ for
# each key as the iterable produces it.
class Loud(dict):
    def __init__(self, *args):
        print("init", args)
        super().__init__(*args)

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


def keys():
    for k in "xy":
        print("yield", k)
        yield k


d = Loud.fromkeys(keys(), 0)
print(d, type(d).__name__)
print(Loud().fromkeys([1]), dict.fromkeys([], 1), type(dict.fromkeys("a")).__name__)
try:
    Loud.fromkeys(5)
except TypeError as e:
    print("TypeError", e)


class Bad(dict):
    def __setitem__(self, key, value):
        raise KeyError(key)


try:
    Bad.fromkeys("q")
except KeyError as e:
    print("KeyError", e)
