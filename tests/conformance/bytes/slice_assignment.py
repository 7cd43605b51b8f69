# bytearray item and slice assignment and deletion: simple and extended
# slices, bytes-like and iterable values, CPython's errors.


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def run(stmt, init=b"abcdefgh"):
    ba = bytearray(init)
    try:
        exec(stmt, {"ba": ba, "memoryview": memoryview})
        print(stmt, "->", ba)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)


for stmt in [
    "ba[1:3] = b'XYZ'",
    "ba[1:3] = b''",
    "ba[:] = b'new'",
    "ba[5:2] = b'--'",
    "ba[-2:] = bytearray(b'!!!!')",
    "ba[100:] = b'end'",
    "ba[:0] = [65, 66]",
    "ba[2:4] = (x for x in b'gen')",
    "ba[::2] = b'1234'",
    "ba[1::2] = [0x30] * 4",
    "ba[::-1] = b'12345678'",
    "ba[6:1:-2] = b'XYZ'",
    "ba[::3] = b''",
    "ba[::2] = b'12'",
    "ba[1:3] = 5",
    "ba[1:3] = 'str'",
    "ba[1:3] = [256]",
    "ba[1:3] = [-1]",
    "ba[1:3] = ['a']",
    "ba[1:3] = None",
    "ba[::2] = 5",
    "ba[::2] = 'abcd'",
    "ba[:] = ba",
    "ba[2:5] = ba",
    "ba[1:2] = memoryview(b'mv')",
    "ba[3:3:1] = b'ins'",
    "ba[0:8:1] = b'x'",
    "del ba[1:3]",
    "del ba[::2]",
    "del ba[::-3]",
    "del ba[5:2]",
    "del ba[:]",
    "del ba[2]",
    "del ba[-1]",
    "del ba[8]",
    "del ba['x']",
    "ba[2] = 66",
    "ba[-1] = True",
    "ba[8] = 1",
    "ba[0] = 256",
    "ba[0] = b'a'",
    "ba[1.5:2] = b''",
    "ba['a'] = 1",
    "del ba[1.5]",
]:
    run(stmt)
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[6:] = b"there!"
del ba[5]
print(ba, len(ba))
ba[len(ba):] = b" more"
print(ba)
b = b"abc"
show(lambda: b.__setitem__(0, 1))
show(lambda: b.__delitem__(0))
