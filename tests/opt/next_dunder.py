# `for x in it` over an instance with a Python __next__
# (FOR_ITER_INSTANCE) run inline: the iterator stays on the stack and
# `__next__`'s frame has a copy of it as `self` (an exit inside lists the
# iterator twice), the value it returns is pushed over the iterator, and
# the loop's last iteration leaves through the guard before `raise`
# (tier 1 then ends the loop on the StopIteration).
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        i = self.i
        if i >= self.n:
            raise StopIteration
        self.i = i + 1
        return i


def f(n):
    t = 0
    for x in Count(n):
        t += x
    return t


print(f(12), f(12))
