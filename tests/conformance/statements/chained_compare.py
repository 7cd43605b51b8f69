# Chained comparison edge cases: evaluation once, short-circuit, mixed operators, in/is/not in.
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 < 2 > 3, 0 <= 0 < 1 <= 1)
print(v(1) < v(5) < v(3), calls)
calls.clear()
print(v(5) < v(1) < v(3), calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(4), calls)

# the middle operand is evaluated once
calls.clear()
print(0 < v(2) < 5, calls)

# mixing in/not in/is with ordering
lst = [1, 2, 3]
print(1 in lst in [lst], 4 not in lst in [lst], 2 in lst == True)
x = None
print(x is None is not False, None is None is None)
print("a" < "b" < "c" in "abc", "b" in "abc" == True)

# chains with different types
print(1 < 2.5 < 3, 1 == 1.0 == True, 0 == False != None)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 0 < "x")

# comparisons return non-bool values from custom __lt__
class Weird:
    def __lt__(self, other):
        return "truthy-string"
    def __gt__(self, other):
        return 0
w = Weird()
print(w < 1, w > 1, (w < 1) and "yes", 0 < w < 1)

# chained equality on lists and tuples
print([1, 2] == [1, 2] == [1, 2], (1,) < (1, 2) < (2,), [] < [0] < [0, 0])
print(not 1 < 2, not (1 < 2 < 0), (1 < 2) < 3, 1 < (2 < 3))
print(-1 < 0 == False, 5 > 3 == 3, (5 > 3) == 3)
