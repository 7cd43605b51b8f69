# Keyword-only parameters after * and *args, required and defaulted, and their errors.
def kw(a, *, b, c=3):
    return a, b, c

print(kw(1, b=2))
print(kw(1, c=9, b=2))
print(kw(a=0, b=1))
for call in [lambda: kw(1, 2), lambda: kw(1), lambda: kw(1, 2, 3), lambda: kw(b=1), lambda: kw(1, b=2, d=4)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

def after_args(*args, sep=", ", end="."):
    return sep.join(str(a) for a in args) + end
print(after_args(1, 2, 3))
print(after_args(1, 2, sep="-"))
print(after_args(end="!"))
try:
    after_args(1, sepp="x")
except TypeError as e:
    print(type(e).__name__, e)

def only_kw(*, x, y):
    return x - y
print(only_kw(y=1, x=10))
try:
    only_kw(10, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_kw()
except TypeError as e:
    print(type(e).__name__, e)

# positional-only + keyword-only together
def full(a, b=2, /, c=3, *, d, e=5, **rest):
    return a, b, c, d, e, rest
print(full(1, d=4))
print(full(1, 20, 30, d=40, e=50, f=60))
print(full(1, c=7, d=8))
# b is positional-only, so b=... lands in **rest and b keeps its default
print(full(1, b=2, d=3))
try:
    full(d=1)
except TypeError as e:
    print(type(e).__name__, e)

# defaults of keyword-only params are stored separately
print(kw.__defaults__, kw.__kwdefaults__, kw.__code__.co_kwonlyargcount)

# many missing keyword-only arguments
def many(*, p, q, r):
    return p + q + r
try:
    many()
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(p=1)
except TypeError as e:
    print(type(e).__name__, e)
print(many(**{"p": 1, "q": 2, "r": 3}))
