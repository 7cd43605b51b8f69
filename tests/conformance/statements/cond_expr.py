# Conditional expressions: nesting, precedence, laziness, and use inside other expressions.
def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
print([classify(n) for n in [-5, 0, 3, 10, 99]])

# right-associative nesting
a = 1 if True else 2 if False else 3
b = (1 if False else 2) if False else 3
print(a, b)

# only the chosen branch is evaluated
log = []
def side(x):
    log.append(x)
    return x
r = side("yes") if side(True) else side("no")
print(r, log)
log.clear()
r = side("yes") if side(0) else side("no")
print(r, log)
print(1 if True else 1 / 0, (1 / 0) if False else "safe")

# precedence with lambda, or, and, not, arithmetic
f = lambda x: x * 2 if x > 0 else -x
print(f(3), f(-3))
print(1 + 2 if False else 10 + 20)
print((1 + 2) if False else 10, 1 + (2 if False else 10))
print(0 or 5 if 0 else 7, not 1 if 1 else 2, "a" and "b" if "" else "c")

# in other contexts
items = [3, 8, 1, 9]
print([x if x > 4 else 0 for x in items], [x for x in items if x > 4])
print({k: ("odd" if k % 2 else "even") for k in range(4)})
print(max(items) if items else None, max([]) if [] else None)
print("%s item%s" % (len(items), "" if len(items) == 1 else "s"))
s = "x"
print(f"{s if s else 'empty'}", f"{'yes' if 1 < 2 else 'no'}")

# conditional expression errors happen only when evaluated
def pick(flag):
    return undefined_name if flag else "fine"
print(pick(False))
try:
    pick(True)
except NameError as e:
    print(type(e).__name__, e)

# truthiness of various conditions
for cond in [0, 0.0, "", [], {}, (), None, 1, "0", [0], (None,)]:
    print(repr(cond), "T" if cond else "F")
