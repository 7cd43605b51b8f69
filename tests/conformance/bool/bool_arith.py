# bool is an int subclass: arithmetic, comparisons, repr, counting with sum.
print(True + True, True * 3, True - False, -True, ~False, True / 2, True // 2, True % 2)
print(True == 1, False == 0, True > False, True < 2, True == 1.0)
print(repr(True), str(False), int(True), float(False), bool(2), bool(-1))
print(type(True + 0), type(True & True), type(True | 0), type(not 1), type(True ** 2))
print(True & False, True | False, True ^ True, False ^ True, True & 3, True | 2)
print(sum([True, False, True, True]), sum([x > 2 for x in range(6)]))
print([1, 2, 3][True], "ab"[False], (10, 20)[True])
print(True ** 10, 2 ** True, divmod(True, True), abs(-True), max(True, 0.5))
print(True and 5, False or 0.0, not True, not False, True and not False)
d = {True: "yes", False: "no"}
print(d[1], d[0], d[1 == 1], d[3 > 4])
count = 0
for v in [0, 1, "", "x", [], [0], None]:
    count += bool(v)
print(count)
print(str(True) + "!", str(1 == 2).upper(), repr(bool("False")))
print(True * "ab", False * [1, 2], [True] * 2)
print(1 < 2 == True, (1 < 2) == True, hash(True), hash(False))
print(round(True), min(True, False), sorted([True, False, 0, 1, -1]))
print(isinstance(True, bool), isinstance(1, bool), isinstance(False, int))
print(bool(0.0), bool(0), bool(range(0)), bool(()), bool({}), bool("  "))
print(True + 0.5, False * 1.5, (True,) + (False,), [x for x in [True, False, True] if x])
