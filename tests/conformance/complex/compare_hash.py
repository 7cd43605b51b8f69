# complex equality with ints/floats/bools, hashing consistent with them, truthiness
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 1j != 1j, 1 + 2j == 1 + 2j)
print(True == 1 + 0j, 0j == False, 2 ** 53 + 1 == complex(2 ** 53 + 1), 1j == 10 ** 400)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j), hash(1j), hash(-1j))
print(hash(complex(1.5, -2)), hash(3 + 4j), hash(complex(-1, 0)))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[2.5 + 0j], 1 + 0j in d, 1j in d)
d[1j] = "imag"
d[1 + 0j] = "replaced"
print(d)
s = {1, 1.0, 1 + 0j, 2j, 2j}
print(len(s), 2j in s)
print(bool(0j), bool(-0.0j), bool(1j), bool(complex(0, -0.0)), bool(1e-300j))
print([x for x in [0j, 1j, 0, 2 + 0j] if x])
print(1j in [1, 1j], [1 + 0j].index(1), (1, 2j).count(2j))
print(max([1, 2, 3], key=lambda v: (v * 1j).imag))
print(1j == "1j", 1j != None, 1j == [1j])
