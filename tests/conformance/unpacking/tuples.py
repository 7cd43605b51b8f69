# Tuple/list unpacking (no starred): swaps, nested targets, for-loop targets, strings.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "abc"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
for idx, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(idx, name, score)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
d = {"x": 1, "y": 2}
for key, val in d.items():
    print(key, val)
k1, k2 = d
print(k1, k2)
first, second = range(2)
print(first, second)
a = b = c = 5
print(a, b, c)
a, b = b + 1, a + 2
print(a, b)
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
print(lst)
t = 1, 2, 3
u, v, w = t
print(u + v + w)
def divmod_pair(n, d):
    return n // d, n % d
qq, rr = divmod_pair(17, 5)
print(qq, rr)
q2, r2 = divmod(-17, 5)
print(q2, r2)
fib_a, fib_b = 0, 1
for _ in range(30):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
(single,) = [42]
print(single)
pairs = [(3, "c"), (1, "a"), (2, "b")]
nums = [n for n, _ in pairs]
letters = [s for _, s in sorted(pairs)]
print(nums, letters)
a, b = "hi"
print(b + a)
