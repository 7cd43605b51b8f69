# *args and **kwargs parameters: what they collect, ordering, and combinations with defaults.
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, x=2))
print(collect(*[1, 2], **{"z": 3}))
print(type(collect(1)[0]).__name__, type(collect()[1]).__name__)

def mixed(a, b=2, *rest, flag=False, **opts):
    return a, b, rest, flag, opts

print(mixed(1))
print(mixed(1, 5, 6, 7))
print(mixed(1, flag=True, color="red"))
print(mixed(a=1, b=3, extra=4))
print(mixed(1, 2, 3, flag=1, b2=5))

def count(*items):
    return len(items), sum(items)
print(count(), count(1, 2, 3), count(*range(101)))

# kwargs dict is a fresh dict each call; keyword names preserve call order
def order(**kw):
    kw["added"] = True
    return list(kw)
base = {"z": 1, "a": 2}
print(order(**base, m=3), base)

# args named 'args' can still be passed by keyword to **kwargs
def g(*args, **kwargs):
    return kwargs
print(g(args=1, kwargs=2))

# a keyword that matches a positional parameter name is not in **kwargs
def h(a, **kw):
    return a, kw
print(h(1, b=2), h(a=1, b=2))
try:
    h(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(1, **{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)

# positional-only parameters (/) can share names with **kwargs
def p(a, /, **kw):
    return a, kw
print(p(1, a=2))
try:
    p(a=1)
except TypeError as e:
    print(type(e).__name__, e)

# recursive use of *args
def total(first=0, *rest):
    return first + (total(*rest) if rest else 0)
print(total(), total(5), total(1, 2, 3, 4))
print(collect.__code__.co_argcount, mixed.__code__.co_kwonlyargcount, mixed.__defaults__, mixed.__kwdefaults__)
