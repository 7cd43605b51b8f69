# Argument binding: positional, keyword, defaults mixed; evaluation of default expressions.
def f(a, b, c=10, d=20):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, 2, 3, 4))
print(f(1, b=2))
print(f(b=2, a=1))
print(f(1, 2, d=4))
print(f(d=4, c=3, b=2, a=1))
print(f(1, d=0, b=5))
def make_default():
    print("computing default")
    return [0]
def g(x=make_default()):
    x.append(1)
    return len(x)
print("defined g")
print(g(), g(), g([]))
def h(n, acc=0):
    if n == 0:
        return acc
    return h(n - 1, acc=acc + n)
print(h(100))
def kwargs_order(first, second):
    print("first =", first, "second =", second)
def noisy(v):
    print("evaluating", v)
    return v
kwargs_order(second=noisy(2), first=noisy(1))
def mutate(lst, val=None):
    lst.append(val)
original = []
mutate(original)
mutate(original, 5)
mutate(val=6, lst=original)
print(original)
def defaults_share(d={"n": 0}):
    d["n"] += 1
    return d["n"]
print(defaults_share(), defaults_share(), defaults_share({"n": 100}), defaults_share())
def pow_mod(base, exp=2, mod=None):
    if mod is None:
        return base ** exp
    return pow(base, exp, mod)
print(pow_mod(3), pow_mod(3, 4), pow_mod(3, mod=5), pow_mod(exp=3, base=2, mod=7))
print(print("a", "b", sep="-", end="!\n"))
print("x", 1, None, sep="", end="")
print(" <- no sep")
print(sep="ignored", end="(empty print)\n")
print(1, 2, 3, sep=", ")
print("no", "newline", end="")
print()
