# List and tuple items by small-int index in hot loops: negative indices,
# out of range (IndexError from the exit), the sequence changing kind or
# length, bools and big ints as indices, stores into lists.
def walk(seq, n):
    s = 0
    for i in range(n):
        s += seq[i % len(seq)] * 3 - seq[-1 - i % len(seq)]
    return s


data = list(range(-5, 20))
print(walk(data, 3000), walk(tuple(data), 3000), walk(data, 3000))


def shuffle(a, n):
    for i in range(n):
        j = (i * 7) % len(a)
        a[j], a[-j - 1] = a[-j - 1] + 1, a[j]
    return a


print(shuffle(list(range(30)), 5000)[:10])


def shrinking(a):
    out = []
    i = 0
    while True:
        try:
            out.append(a[i])
        except IndexError as e:
            out.append(str(e))
            break
        if i % 5 == 4:
            a.pop()
        i += 1
    return out


print(shrinking(list(range(40))))

mixed = [[1, 2, 3], (4, 5, 6), [7, 8, 9]]
total = 0
for k in range(3000):
    seq = mixed[k % 3]
    total += seq[k % 3] + seq[True] + seq[-3]
print(total)

big = [0] * 10
for k in range(2000):
    idx = k % 10
    big[idx] += 2**62
print(big[0], big[9])

try:
    for k in range(2000):
        x = (1, 2)[k]
except IndexError as e:
    print('IndexError', e, k)
