# Builtins (len, abs, min, range, isinstance) used in hot loops are shadowed by
# module globals mid-loop and then deleted again, so the builtin is visible
# once more; also a shadowing local and builtins shadowed through globals().

def total_len(items, n):
    s = 0
    for i in range(n):
        s += len(items[i % len(items)])
    return s

words = ["a", "bb", "ccc", "dddd"]
print(total_len(words, 4000))

t = 0
for i in range(6000):
    if i == 2000:
        len = lambda x: 100
    elif i == 4000:
        del len
    t += len(words[i % 4])
print(t)
print(total_len(words, 4000))

def absum(n):
    s = 0
    for i in range(-n, n):
        s += abs(i)
    return s
print(absum(3000))
abs = lambda x: 1
print(absum(3000))
del abs
print(absum(3000))

# shadow from inside the loop via globals()
def shadowing(n):
    s = 0
    for i in range(n):
        if i == 1000:
            globals()["min"] = lambda a, b: a + b
        if i == 2000:
            del globals()["min"]
        s += min(i, 3)
    return s
print(shadowing(3000))

# a local shadows the builtin only in one function
def local_shadow(n):
    max = 5
    s = 0
    for i in range(n):
        s += max
    return s
print(local_shadow(3000), max(1, 2))

# shadow isinstance between two calls of a function with a hot loop, then delete
def count_ints(xs):
    c = 0
    for x in xs:
        if isinstance(x, int):
            c += 1
    return c
data = [1, "a", 2.0, 3, None] * 800
print(count_ints(data))
isinstance = lambda x, t: type(x) is not str
print(count_ints(data))
del isinstance
print(count_ints(data))

# range shadowed mid-function (the loop header is evaluated once)
def ranges(n):
    s = 0
    for j in range(3):
        for i in range(n):
            s += i
        if j == 0:
            globals()["range"] = lambda k: [k, k]
        else:
            globals().pop("range", None)
    return s
print(ranges(3000))
