# Program: binary search (exact, lower bound) and integer square roots by bisection.
def binary_search(a, target):
    lo = 0
    hi = len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(a, target):
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [x * 3 for x in range(100)]
for t in [0, 3, 150, 297, 298, -5, 1000]:
    print(t, binary_search(data, t), lower_bound(data, t))
print(binary_search([], 1), lower_bound([], 1), binary_search([5], 5))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
print([lower_bound(dups, v) for v in range(10)])
def isqrt(n):
    lo = 0
    hi = n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100]])
print(isqrt(10**100), isqrt(2 * 10**60), isqrt(2**127 - 1))
def bisect_root(f_target, lo, hi):
    for i in range(60):
        mid = (lo + hi) / 2
        if mid * mid * mid < f_target:
            lo = mid
        else:
            hi = mid
    return round(lo, 9)
print(bisect_root(27.0, 0.0, 10.0), bisect_root(2.0, 0.0, 2.0))
words = sorted(["kiwi", "apple", "mango", "banana", "cherry", "date"])
print(words, binary_search(words, "date"), binary_search(words, "fig"), lower_bound(words, "fig"))
