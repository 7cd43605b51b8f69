# while loops: counters, convergence, digit loops, gcd, nested with flags.
i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2**64, 2**40 * 3), gcd(10**30, 10**20 + 5))
x = 2.0
guess = 1.0
steps = 0
while abs(guess * guess - x) > 1e-12:
    guess = (guess + x / guess) / 2
    steps += 1
print(guess, steps)
n = 1
while n < 10**50:
    n *= 7
print(n)
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**40), isqrt(2 * 10**40), isqrt(99), isqrt(1), isqrt(2**127))
found = False
a = 1
while a < 30 and not found:
    b = a
    while b < 30:
        c2 = a * a + b * b
        c = isqrt(c2)
        if c * c == c2 and a + b + c == 24:
            found = True
            break
        b += 1
    if not found:
        a += 1
print(found, a, b, c)
k = 10
while k:
    k -= 3
    if k < 0:
        k = 0
print(k)
s = ""
w = 0
while len(s) < 20:
    s += str(w)
    w += 1
print(s)
