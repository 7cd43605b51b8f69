# Specialized int bit operations and floor division/modulo agree with the generic path (signs, shifts past 63 bits).
import random
random.seed(5)
acc = 0
for i in range(30000):
    a = random.randint(-10**6, 10**6); b = random.randint(-70, 70)
    if b == 0: continue
    r = (a // b, a % b, a & b, a | b, a ^ b, a >> (b & 63), a << (b & 63), (a * 3) // (b * b), -a % b)
    acc = (acc * 31 + hash(r)) % 1000000007
print(acc)
