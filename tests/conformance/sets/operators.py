# Binary | & - ^ between sets and frozensets.
a = {1, 2, 40, 8}
b = {40, 99, 7, 8}
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
fa = frozenset(a)
print(fa | b, fa & b, fa - b, fa ^ b)
print(b | fa, b & fa, b - fa, b ^ fa)
print(type(fa | b).__name__, type(b | fa).__name__, type(fa & fa).__name__)
print(a | a, a & a, a - a, a ^ a)
print(set() | set(), set() & a, a - set(), set() ^ a)
big = set(range(100))
small = {3, 50, 200}
print(big & small, small & big)
print(len(big - small), small - big)
print(big - {1}, len(big - {1}))
print({5, 6} ^ {6, 7} ^ {7, 8})
print(a | b | {1000} | frozenset({-1}))
print(((a | b) - (a & b)) == (a ^ b))
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: a | [1])
attempt(lambda: a & (1,))
attempt(lambda: a - 1)
attempt(lambda: a ^ "ab")
attempt(lambda: [1] | a)
attempt(lambda: a + b)
attempt(lambda: a * 2)
attempt(lambda: fa - {1: 2})
attempt(lambda: -a)
