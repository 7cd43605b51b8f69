# str()/repr() of ints and digit-by-digit manipulation.
print(str(0), str(-0), repr(-12), str(10**18), str(-10**18))
n = 9876543210123456789
digits = []
for c in str(n):
    digits.append(int(c))
print(digits)
print(sum(digits))
total = 0
m = n
while m > 0:
    total += m % 10
    m //= 10
print(total)
print(len(str(2**1000)), str(2**1000)[:20], str(2**1000)[-20:])
print(str(2**64)[::-1])
print(int(str(12345)[::-1]))
print([str(i) for i in range(-3, 4)])
print(repr(10**20) == str(10**20))
print(str(1) + str(2), int("1" + "2") * 2)
print(ord(str(7)), chr(48 + 7))
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        out = "0123456789abcdefghijklmnopqrstuvwxyz"[n % b] + out
        n = n // b
    if neg:
        out = "-" + out
    return out
print(to_base(255, 2), to_base(255, 16), to_base(-255, 8), to_base(0, 3))
print(to_base(2**64, 36), int(to_base(2**64, 36), 36) == 2**64)
print(to_base(10**20, 7))
print(str(True), str(False), str(None), repr(None))
