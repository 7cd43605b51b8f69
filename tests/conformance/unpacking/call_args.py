# f(*args, **kwargs) calls mixing positional and keyword arguments, and the resulting errors.
def f(a, b, c=3, d=4):
    return (a, b, c, d)

args = [1, 2]
kwargs = {"c": 30, "d": 40}
print(f(*args))
print(f(*args, **kwargs))
print(f(1, *[2, 3]))
print(f(*[1], 2, *[3]))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2}, d=9))
print(f(*"xy"))
print(f(*range(4)))
print(f(*(i for i in [7, 8])))
print(f(*args, c=5, **{"d": 6}))
print(f(**{"b": "B"}, a="A"))

tests = [
    lambda: f(1, 2, a=1),
    lambda: f(*[1, 2], **{"a": 1}),
    lambda: f(1, **{"b": 2}, **{"b": 3}),
    lambda: f(*[1, 2, 3, 4, 5]),
    lambda: f(**{"a": 1}),
    lambda: f(1, 2, e=5),
    lambda: f(**{"x": 1, "a": 1, "b": 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(**{1: 2}),
    lambda: f(),
    lambda: print(*[1], sep=1),
    lambda: len(*[[1], [2]]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

# builtins take star-args too
nums = [3, 1, 2]
print(max(*nums), min(*nums, 0), print(*nums, sep="-"))
print("{} {} {}".format(*nums), "{x}{y}".format(**{"x": 1, "y": 2}))
print(*[], "nothing before")
print(dict(**{"a": 1}, b=2), list(zip(*[(1, "a"), (2, "b")])))
print(range(*[2, 10, 3]), list(range(*[2, 10, 3])))
print(divmod(*(17, 5)), pow(*[2, 10]), pow(**{"base": 2, "exp": 3, "mod": 5}))
