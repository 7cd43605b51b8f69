# Set operators | & - ^ <= < >= > == != and their in-place forms, with frozenset mixing.
a = {0, 1, 2, 3}
b = {2, 3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a, a <= a, {1} < a, a > {1}, a >= a, a > a)
print(a == {3, 2, 1, 0}, a != b, {1, 2} < {1, 3}, {1, 2} > {1, 3})
print(a | set(), a & set(), set() - a, a ^ a)
print(a | b | {7}, a & b & {3}, a - b - {0})

c = set(a)
c |= {6}
print(c)
c &= {0, 1, 6, 7}
print(c)
c -= {0}
print(c)
c ^= {1, 2}
print(c)
# in-place operators mutate the same object
d = {1}
alias = d
d |= {2}
print(alias, alias is d)

# frozenset with set: result type follows the left operand
f = frozenset({1, 2})
print(type(f | {3}).__name__, type({3} | f).__name__, f & {2}, {2} & f)
print(f == {1, 2}, {1, 2} == f, f <= {1, 2, 3})

# in-place on a frozenset rebinds the name instead of mutating
g = f
g |= {9}
print(g, f, g is f)

# comparisons with non-sets
print({1} == [1], {1} != (1,), {1}.__le__([1]))
for op in ["<", "|", "-", "^", "&"]:
    try:
        if op == "<":
            {1} < [1]
        elif op == "|":
            {1} | (1,)
        elif op == "-":
            {1} - [1]
        elif op == "^":
            {1} ^ "a"
        else:
            {1} & range(3)
    except TypeError as e:
        print(op, type(e).__name__, e)

# subset ordering is partial: neither < nor > nor ==
x, y = {1, 2}, {2, 3}
print(x < y, x > y, x == y, sorted([x, y]) == [x, y])
print(min([{1, 2}, {1}]), max([{0}, {0, 1}]))
