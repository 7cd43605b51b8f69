# Program: Collatz sequences, longest chain under a bound, and big starting values.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
def collatz_seq(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz_seq(6))
print(collatz_seq(27)[:15], len(collatz_seq(27)), max(collatz_seq(27)))
cache = {1: 0}
def cached_len(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for m in reversed(path):
        base += 1
        cache[m] = base
    return cache[path[0]] if path else base
best = 1
best_len = 0
for i in range(1, 10000):
    l = cached_len(i)
    if l > best_len:
        best = i
        best_len = l
print(best, best_len)
print(collatz_len(2**100), collatz_len(2**100 + 1), collatz_len(10**30 + 7))
print([collatz_len(n) for n in range(1, 21)])
print(max(collatz_seq(2**64 - 1)) > 2**64, len(collatz_seq(2**64 - 1)))
