# List methods: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
a.extend(())
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "penult")
a.insert(-100, "veryfirst")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1))
print(a)
a.remove(1)
print(a, a.count(1), a.count("zz"), a.index(4), a.index(1), a.index(1, 2))
b = a.copy()
b.clear()
print(a, b)
nums = [5, 2, 8, 1, 9, 2]
r = nums.sort()
print(nums, r)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
e = []
e.reverse()
e.sort()
print(e, e.copy(), e.count(1))
s = ["bb", "a", "ccc", "dd", "e"]
s.sort(key=len)
print(s)
s.sort(key=len, reverse=True)
print(s)
stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out, stack)
q = [1, 2, 3]
print(q.pop(0), q.pop(0), q, q.pop(), q)
z = [0] * 3
z[1] = z.pop()
print(z)
mixed = [1, 1.0, True, 2]
print(mixed.count(1), mixed.index(True), [1, 2, 1].index(1, 1))
nested = [[1], [1], [2]]
print(nested.count([1]), nested.index([2]))
