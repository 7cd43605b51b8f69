# Slice assignment whose iterable changes the list while it is collected:
# the slice bounds are clamped to the list as it is then, as CPython's
# list_ass_slice does (this used to abort the VM: splice past the end).


def shrink_to(lst, n, items):
    def gen():
        del lst[n:]
        yield from items
    return gen()


L = list(range(10))
L[2:5] = shrink_to(L, 0, [1])
print(L)

L = list(range(10))
L[1:8] = shrink_to(L, 3, ["a", "b"])
print(L)

L = list(range(10))
L[-2:] = shrink_to(L, 4, ["x"])
print(L)

L = list(range(10))
L[5:] = shrink_to(L, 7, [])
print(L)


def grow(lst, items):
    def gen():
        lst.extend(range(100, 105))
        yield from items
    return gen()


L = list(range(6))
L[1:3] = grow(L, ["g"])
print(L)

# An extended slice whose iterable's length does not match: ValueError
# (the sizes are checked before anything is stored).
L = list(range(10))
try:
    L[::2] = shrink_to(L, 2, [1, 2])
except ValueError as e:
    print("ValueError:", e)
print(L)
