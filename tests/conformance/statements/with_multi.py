# with statements with multiple context managers, as-targets (including tuples), and ordering.
class CM:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value if value is not None else name.upper()
    def __enter__(self):
        print("enter", self.name)
        return self.value
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return False

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("p"), CM("q") as q, CM("r"):
    print("body", q)

# parenthesized form (3.10+)
with (
    CM("one") as one,
    CM("two") as two,
):
    print("body", one, two)

# as-target can be a tuple or attribute or subscript
with CM("t", (1, 2)) as (first, second):
    print("tuple target", first, second)
class Holder:
    pass
h = Holder()
store = {}
with CM("attr") as h.val, CM("item") as store["k"]:
    print("holder", h.val, store)

# enter failing in the second manager: only the first exits
class FailEnter(CM):
    def __enter__(self):
        print("enter", self.name, "fails")
        raise ValueError("cannot enter " + self.name)
try:
    with CM("ok1"), FailEnter("bad"), CM("never"):
        print("body never")
except ValueError as e:
    print(type(e).__name__, e)

# the as-target value persists after the block
with CM("keep", [1, 2]) as kept:
    kept.append(3)
print(kept)

# with in a function with return inside nested managers
def f():
    with CM("f1") as a, CM("f2") as b:
        return a + b
print(f())

# exception propagates through all managers in reverse order
try:
    with CM("x1"), CM("x2"), CM("x3"):
        raise KeyError("inner")
except KeyError as e:
    print("caught", repr(e))

# as-target unpacking failure
try:
    with CM("u", [1, 2, 3]) as (m, n):
        print("no")
except ValueError as e:
    print(type(e).__name__, e)
