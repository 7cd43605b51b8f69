# an exception from the innermost of a yield from chain, uncaught
def leaf(n):
    yield n
    if n == 3:
        raise KeyError("deep")
    yield n + 100


def mid(n):
    if n == 0:
        yield from leaf(3)
    else:
        yield from mid(n - 1)


for v in mid(4):
    print("got", v)
