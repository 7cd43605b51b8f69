# product, combinations and combinations_with_replacement: empty pools and
# r beyond the pool; product is lazy (a product of three million-item
# ranges yields its first items at once, as CPython's does).
from itertools import product, combinations, combinations_with_replacement, permutations
print(list(product()), list(product([])), list(product([1, 2], [])), list(product('ab', repeat=0)))
print(list(product('ab', range(3))), list(product([1, 2], repeat=2)))
print(list(product('ab', [], 'c')), len(list(product(range(3), range(4), range(5)))))
print(list(combinations('abcd', 2)), list(combinations(range(3), 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)))
print(list(permutations('abc', 2)))
it = product(range(10**6), repeat=3); print(next(it), next(it))
