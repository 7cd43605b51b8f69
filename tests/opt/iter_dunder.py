# jit-param: hot_loop=20
# `for x in obj` where obj's class has a Python `__iter__`: GET_ITER runs
# it as a frame, which the trace inlines (`guard_class` of the instance,
# the body, then a guard that the result is the kind of iterator the loop
# steps, here folded away): `iter(self.items)` of a list is `rt iter_seq`.
class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def total(objs):
    t = 0
    for o in objs:
        for x in o:
            t += x
    return t


print(total([Bag([1, 2]), Bag([3]), Bag([4, 5, 6])] * 10))
