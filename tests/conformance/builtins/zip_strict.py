# zip(..., strict=True): iterables of unequal lengths raise ValueError naming
# the shorter or longer argument; equal lengths (and strict=False) do not.
cases = [([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1], [1]), ([1, 2], [1, 2], [1]),
         ([], []), ([], [1]), ([1, 2, 3], "abc"), ([1, 2], [3, 4], [5, 6], [7])]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip([1, 2], [3], strict=False)), list(zip(strict=True)), list(zip([1], strict=True)))


def gen(n):
    for i in range(n):
        yield i
    print("gen", n, "done")


it = zip(gen(2), gen(3), strict=True)
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
total = 0
for i in range(300):
    for a, b in zip(range(i % 5), range(i % 5), strict=True):
        total += a * b
print(total)
try:
    for a, b in zip(range(300), range(299), strict=True):
        total += a
except ValueError as e:
    print("ValueError", e, total)
