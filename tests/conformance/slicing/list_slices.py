# List and tuple slicing: negative indices, steps, out-of-range bounds, copies.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[-100:100])
print(a[::3], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[2:8:-2])
print(a[-1:-4:-1], a[-4:-1], a[5:5], a[6:3], a[100:], a[:-100])
print(a[0:10:4], a[9::-4], a[3::-1], a[:3:-1], a[-2::-2])
b = a[:]
b[0] = "changed"
print(a[0], b[0], a[:] == a)
t = tuple(a)
print(t[1:4], t[::-2], t[-2:], type(t[1:2]), t[4:2])
n = [[1, 2], [3, 4], [5, 6]]
s = n[1:]
s[0][0] = 99
print(n, s)
for start in [-12, -3, 0, 3, 12]:
    for stop in [-12, -3, 0, 3, 12]:
        for step in [-2, 1, 3]:
            a[start:stop:step]
print("triple loop ok")
res = []
for step in [1, 2, 3, -1, -2, -3]:
    res.append(a[::step])
print(res)
res = []
for k in range(-11, 12, 4):
    res.append((k, a[k:], a[:k]))
print(res)
print("abcdef"[1:-1], "abcdef"[-1::-2], (1, 2, 3)[::-1][1:], [[1, 2, 3][::-1]][0][::2])
print(range(10)[2:9:3], list(range(10)[::-4]), range(0, -20, -2)[1:4])
x = [1, 2, 3, 4, 5]
print(x[len(x) // 2:], x[:len(x) // 2], x[-len(x):], x[1:None], x[None:2])
rot = 2
print(x[rot:] + x[:rot], x[-rot:] + x[:-rot])
