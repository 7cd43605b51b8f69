# Lambdas as keys for sorted/min/max/list.sort, including ties, reverse and tuple keys.
words = ["banana", "Apple", "cherry", "fig", "apple", "Date", "kiwi"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: len(w), reverse=True))
print(min(words, key=len), max(words, key=len))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: w.count("a")))

people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))

nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (n % 2, n))
print(nums)
print(sorted(range(10), key=lambda n: -n if n % 3 == 0 else n))

d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=lambda k: d[k]))
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))

# errors in key functions propagate
try:
    sorted([1, 2, 0], key=lambda n: 10 / n)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    max([], key=lambda n: n)
except ValueError as e:
    print(type(e).__name__, e)
print(max([], key=lambda n: n, default="empty"))
try:
    sorted(["a", 1], key=lambda v: v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=lambda: 0)
except TypeError as e:
    print(type(e).__name__, e)

# filter and map with lambdas
print(list(filter(lambda n: n > 0, [3, -1, 0, 4])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
