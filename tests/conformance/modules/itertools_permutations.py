# itertools.permutations: CPython's order for every r, and its errors.
from itertools import permutations

print(list(permutations("abc")))
print(list(permutations("abcd", 2)))
print(list(permutations([1, 2], 3)), list(permutations("xy", 0)), list(permutations([])))
print(list(permutations([[1], [2], [1]])))
print(len(list(permutations(range(7)))), len(list(permutations(range(8), 3))))
print(list(map("".join, permutations("0123"))))
it = permutations(range(3), 2)
print(next(it), next(it), list(it))
result = list(map("".join, permutations("0123456")))
print(len(result), result[2999], result[-1])
for bad in [lambda: permutations("ab", -1), lambda: permutations(5), lambda: permutations("ab", 1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
