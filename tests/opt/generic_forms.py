# A generic `FOR_ITER` (the module's loop) steps the built-in iterator it
# recorded; `-x` of an int and a small tuple are lowered natively, also in
# an inlined callee.
def key(x):
    return (x % 3, -x)


def keys(items):
    out = []
    for item in items:
        out.append(key(item))
    return out


for r in range(4):
    keys([1, 2, 3, 4, 5, 6])
    keys(range(8))
print(keys(range(5)))
