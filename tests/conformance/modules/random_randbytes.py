import random

random.seed(12345)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5))
print(random.randbytes(13).hex())
r = random.Random(7)
print(r.randbytes(3), r.randbytes(8).hex(), r.randbytes(33).hex())
print(r.random())
r2 = random.Random(7)
print(r2.getrandbits(24).to_bytes(3, "little"))
print(len(random.randbytes(100)))
try:
    random.randbytes(-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.randbytes(1.5)
except TypeError as e:
    print("TypeError", e)
