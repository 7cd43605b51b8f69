# Subscripting a list, tuple, str, bytes, bytearray or range with an object
# that has __index__ calls it (get, set and del), with CPython's errors, also
# in hot loops where the subscripts are specialized for exact ints.

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Bad:
    def __index__(self):
        return "1"

class Boom:
    def __index__(self):
        raise ValueError("boom")

class NoIndex:
    pass

class MyInt(int):
    pass

lst = [1, 2, 3]
print(lst[Idx(1)], lst[Idx(-1)], (4, 5)[Idx(0)], "abc"[Idx(2)])
print(b"xyz"[Idx(1)], bytearray(b"xyz")[Idx(-2)], range(5)[Idx(3)], range(10, 0, -2)[Idx(-1)])
print(range(10**20, 10**20 + 5)[Idx(2)], range(10**30)[10**25], range(10**30)[Idx(-(10**25))])
print([1, 2, 3][MyInt(2)], "abc"[MyInt(-1)])
lst[Idx(0)] = 9
print(lst)
del lst[Idx(-1)]
print(lst)
ba = bytearray(b"abc")
ba[Idx(1)] = 65
del ba[Idx(0)]
print(ba)

for obj in [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(2), range(10**30)]:
    for k in [Bad(), Boom(), NoIndex(), Idx(5), Idx(2**70), Idx(-(2**70)), 2**70, 1.5, "x"]:
        try:
            print(obj[k])
        except Exception as e:
            print(type(obj).__name__, type(e).__name__, e)

for k in [Bad(), Boom(), NoIndex(), Idx(5), Idx(2**70), 2**70]:
    for target in [[1, 2], bytearray(b"ab")]:
        try:
            target[k] = 1
        except Exception as e:
            print("set", type(target).__name__, type(e).__name__, e)
        try:
            del target[k]
        except Exception as e:
            print("del", type(target).__name__, type(e).__name__, e)
for k, v in [(Idx(5), 300), (Idx(0), 300), (Bad(), 300)]:
    try:
        bytearray(b"a")[k] = v
    except Exception as e:
        print(type(e).__name__, e)

# __index__ may change the sequence before the bounds check.
class Shrink:
    def __init__(self, seq):
        self.seq = seq
    def __index__(self):
        self.seq.clear()
        return 0
for op in ["get", "set", "del"]:
    for seq in [[1, 2, 3], bytearray(b"abc")]:
        try:
            if op == "get":
                seq[Shrink(seq)]
            elif op == "set":
                seq[Shrink(seq)] = 5
            else:
                del seq[Shrink(seq)]
            print(op, seq)
        except IndexError as e:
            print(op, "IndexError", e)

# Hot loops mixing exact ints and __index__ objects.
data = list(range(100))
t = tuple(data)
s = "abcdefghij" * 10
b = bytes(range(100))
r = range(0, 300, 3)
keys = [Idx(i % 100) for i in range(3000)]
total = 0
for i in range(3000):
    k = keys[i] if i % 3 == 0 else i % 100
    total += data[k] + t[k] + ord(s[k]) + b[k] + r[k]
    data[k] = data[k] + 1
print(total, sum(data))

def only_idx(seq, ks):
    acc = 0
    for k in ks:
        acc += seq[k]
    return acc
print(only_idx(data, keys), only_idx(t, keys), only_idx(b, keys), only_idx(r, keys))

def store_del(n):
    lst = list(range(n))
    for i in range(n):
        lst[Idx(i)] = -lst[i]
    for i in range(n // 2):
        del lst[Idx(0)]
    return lst[:3], len(lst)
print(store_del(1000))

def bad_late(n):
    out = []
    for i in range(n):
        k = Bad() if i == n - 1 else (Idx(i % 7) if i % 2 else i % 7)
        try:
            out.append("abcdefg"[k])
        except TypeError as e:
            out.append(str(e))
    return out[-3:]
print(bad_late(2000))
