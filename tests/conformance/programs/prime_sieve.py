# Program: sieve of Eratosthenes, prime factorization, twin primes.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            j = i * i
            while j <= n:
                is_p[j] = False
                j += i
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
primes = sieve(200)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [2, 12, 97, 360, 1001, 65536, 999999, 2**32 + 1, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
def count_primes_upto(n):
    return len(sieve(n))
print([count_primes_upto(10**k) for k in range(1, 5)])
goldbach = {}
for even in range(4, 51, 2):
    for p in primes:
        if even - p in primes:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
