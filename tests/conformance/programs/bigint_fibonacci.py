# Program: big-int Fibonacci(300), Lucas numbers, digit sums and exact identities.
def fib(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a
f300 = fib(300)
print(f300)
print(len(str(f300)), sum([int(d) for d in str(f300)]))
print(fib(93), fib(94), fib(92) + fib(93) == fib(94))
print(fib(1000) % 10**9, len(str(fib(1000))))
ok = True
for n in range(1, 60):
    if fib(n + 1) * fib(n - 1) - fib(n) * fib(n) != (-1) ** n:
        ok = False
print("Cassini identity holds:", ok)
def lucas(n):
    a = 2
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a
print([lucas(i) for i in range(12)])
print(lucas(200))
print(fib(400) == fib(200) * lucas(200))
memo = {0: 0, 1: 1, 2: 1}
def fast_fib(n):
    if n in memo:
        return memo[n]
    k = n // 2
    a = fast_fib(k)
    b = fast_fib(k + 1)
    if n % 2 == 0:
        r = a * (2 * b - a)
    else:
        r = a * a + b * b
    memo[n] = r
    return r
print(fast_fib(300) == f300, len(str(fast_fib(5000))), fast_fib(5000) % 1000007)
print(f300 // fib(299), f300 / fib(299))
