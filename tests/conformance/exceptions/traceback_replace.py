# exceptions: with_traceback() and assigning __traceback__ replace an exception's traceback entries
def inner():
    raise ValueError("inner")


def outer():
    inner()


def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


try:
    outer()
except ValueError as e:
    caught = e
print(depth(caught.__traceback__))
caught.__traceback__ = caught.__traceback__.tb_next
print(depth(caught.__traceback__), caught.__traceback__.tb_lineno)
print(caught.with_traceback(None) is caught, caught.__traceback__)
caught.__traceback__ = None
print(caught.__traceback__)
try:
    raise KeyError("k")
except KeyError as k:
    k2 = RuntimeError("copy").with_traceback(k.__traceback__)
    print(depth(k2.__traceback__), k2.__traceback__.tb_lineno)
try:
    caught.__traceback__ = 5
except TypeError as err:
    print(err)
try:
    raise caught.with_traceback(None)
except ValueError as again:
    print(depth(again.__traceback__), again.__traceback__.tb_lineno)
