import pickle

for data in [b"", b"\x80\x04", b"\xff", b"z", b"\x80\x06N.", b"(.", b"N", b"0.", b"h\x05.",
             b"P1\n.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.", b"K"]:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
try:
    pickle.Pickler(object())
except TypeError as e:
    print("TypeError", e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except ValueError as e:
    print("ValueError", e)


def outer():
    def inner():
        pass
    return inner


class B:
    def __reduce__(self):
        return 42


class C:
    def __reduce__(self):
        return (1,)


class D:
    def __reduce__(self):
        return (len, [1])


class E:
    def __reduce__(self):
        return (1, ())


class S:
    __slots__ = ("a",)


for obj in [outer(), B(), C(), D(), E(), S()]:
    for p in (0, 2, 4):
        try:
            print(p, pickle.dumps(obj, p))
        except Exception as e:
            print(p, type(e).__name__, e)


class Hidden:
    pass


Visible = Hidden
Hidden.__qualname__ = "NotThere"
try:
    pickle.dumps(Visible)
except pickle.PicklingError as e:
    print("PicklingError", e)
