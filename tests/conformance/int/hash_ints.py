# hash() of ints, bools and floats that compare equal (deterministic values).
print(hash(0), hash(1), hash(-1), hash(-2), hash(42))
print(hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2**61 - 1), hash(2**61), hash(2**61 - 2))
print(hash(-(2**61 - 1)), hash(-(2**61)))
print(hash(2**64), hash(-2**64))
print(hash(10**30))
print(hash(1.5), hash(-1.5), hash(0.5), hash(2.0))
print(hash(-1.0), hash(0.0), hash(-0.0))
print(hash(1e100) == hash(int(1e100)))
print(hash((1, 2)) == hash((1, 2)))
print(hash((1, 2)), hash(()), hash((1,)))
print(hash((1, (2, 3))), hash((-1, -2)))
print(hash(float("inf")), hash(float("-inf")))
vals = []
for i in range(-3, 4):
    vals.append(hash(i))
print(vals)
print(hash(2**63 - 1), hash(-2**63))
print(hash(123456789012345678901234567890))
d = {}
d[1] = "int"
d[1.0] = "float"
print(d)
print(hash(3) == hash(3.0), hash((1, 2.0)) == hash((1, 2)))
print(hash((True, False)) == hash((1, 0)))
print(hash(0.1), hash(1e-10))
print(hash(-2**61 + 1), hash(-2**61 + 2))
