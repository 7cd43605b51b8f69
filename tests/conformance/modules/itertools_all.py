# itertools: every function, including the edge cases of islice and groupby
import itertools as it
from itertools import count, cycle, repeat, accumulate, chain, compress, dropwhile
from itertools import filterfalse, groupby, islice, pairwise, starmap, takewhile, tee
from itertools import zip_longest, product, permutations, combinations, combinations_with_replacement
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(0.5, 0.25), 3)))
c = count(5)
next(c)
print(repr(c), repr(count(1, 2)), repr(repeat("a", 3)), repr(repeat(1)))
print(list(islice(cycle("ab"), 5)), list(repeat(7, 3)), list(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(accumulate([])), list(accumulate([], initial=5)), list(accumulate([2, 3], lambda a, b: a * b)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 4, 1, 5])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], [(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice([], 3)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
for bad in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(pairwise("ABCDE")), list(pairwise("A")), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee("x", 3)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [2, 3])))
print(list(product("ab", range(2))), list(product(range(2), repeat=2)), list(product()))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations([], 1)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 0)))
print(sum(1 for _ in combinations(range(10), 4)), it.__name__)
