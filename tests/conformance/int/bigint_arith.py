# Big-int arithmetic: factorial, powers, division, pow with modulus.
f = 1
for i in range(1, 51):
    f = f * i
print(f)
print(len(str(f)))
print(10**100 // 7)
print(10**100 % 7)
print(-10**100 // 7)
print(-10**100 % 7)
print(10**100 // -7, 10**100 % -7)
print(divmod(10**30, 12345678901))
print(divmod(-10**30, 12345678901))
print(pow(2, 100, 1000000007))
print(pow(3, 1000, 10**9 + 7))
print(pow(7, 0, 13), pow(0, 0), pow(2, 10))
print(pow(-3, 3), pow(-2, 63), pow(-2, 64))
print(pow(123456789, 12, 2**64))
print(pow(-7, 3, 5), pow(7, 3, -5))
print(2**200 - 2**199)
print(3**100)
print((10**50 + 1) * (10**50 - 1))
print(10**50 * 10**50 == 10**100)
big = 12345678901234567890123456789
print(big * big)
print(big // 9876543210, big % 9876543210)
print(-big // 9876543210, -big % 9876543210)
print(big - big, big + (-big))
print(abs(-big))
s = 0
for i in range(1, 101):
    s = s + i**10
print(s)
print(2**1000 % 1000)
print(int(str(2**300)) == 2**300)
