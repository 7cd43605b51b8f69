# Integers crossing the 64-bit boundary inside hot loops: repeated additions
# of 2**62, products that grow big and shrink back, the negative side, and
# // and % with negative operands: small-int fast paths must overflow into
# big ints and come back exactly.

x = 0
crossings = 0
for i in range(4000):
    x += 2**62
    if i % 3 == 2:
        x -= 3 * 2**62 - 1
    if x > 2**63 - 1:
        crossings += 1
print(x, crossings, x.bit_length())

# multiply up past 2**64, divide back down, repeatedly
v = 1
peak = 0
s = 0
for i in range(3000):
    if i % 40 < 20:
        v *= 9
    else:
        v //= 9
    if v > peak:
        peak = v
    s ^= v & 0xFFFF
print(v, peak, s)

# the negative side: -2**63 is the boundary
n = -(2**63) + 5000
lows = 0
for i in range(6000):
    n -= 1
    if n < -(2**63):
        lows += 1
print(n, lows, n + 2**63)

m = 2**63 - 3000
acc = 0
for i in range(6000):
    m += 1
    acc += m % 1000
print(m, acc, m - 2**63)

# // and % with negative operands, small and big
t = 0
for i in range(-3000, 3000):
    d = (i % 17) - 8
    if d == 0:
        continue
    q = i // d
    r = i % d
    t += q * 3 + r
    big = i * 2**64
    t += (big // d) % 1000 + (big % d)
print(t)

# products that overflow 64 bits only for some iterations
p = 0
for i in range(5000):
    a = 3037000499 + (i % 3)          # around sqrt(2**63)
    b = a * a
    p += b >> 60
    p -= (-b) >> 61
print(p)

# abs, negation, shifts and powers at the edge
e = 0
for i in range(3000):
    k = i % 130
    w = (1 << k) - 1
    e += (w >> 62) + (-w >> 62) + abs(-w) % 97 + (w * -1) // 7 % 5
    e += (-(2**63)) // (-1 if k % 2 else 1) % 1000
print(e)

# sum of a mixed list crossing the boundary and back
vals = [2**62, 2**62, -(2**62), -(2**62), 7] * 700
tot = 0
mx = 0
for v in vals:
    tot += v
    if tot > mx:
        mx = tot
print(tot, mx, sum(vals), mx == 2**63)

# hashing of big ints and equality with small ones after arithmetic
h = 0
for i in range(3000):
    bigi = (i + 2**64) - 2**64
    if bigi == i and hash(bigi) == hash(i):
        h += 1
print(h, hash(2**64) == hash(2**64 + 0), (2**64) % (2**61 - 1))
