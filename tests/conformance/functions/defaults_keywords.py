# Default arguments (evaluated once, mutable default accumulates), keyword args in any order.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
print(greet("Ed", greeting="Hey", punct=""))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter_default = 10
def use_default(v=counter_default):
    return v
counter_default = 20
print(use_default(), counter_default)
def describe(a, b=2, c=3, d=4):
    return [a, b, c, d]
print(describe(1), describe(1, d=40), describe(1, 20, d=40, c=30), describe(d=0, a=9))
def nothing():
    pass
print(nothing(), nothing() is None)
def returns_early(x):
    if x > 0:
        return "positive"
    return
print(returns_early(5), returns_early(-5))
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r))
a, b, c = multi()
print(a, b, c)
def dict_default(key, table={}):
    table[key] = len(table)
    return table
dict_default("a")
dict_default("b")
print(dict_default("c"))
def kw_only_by_call(x, y):
    return x - y
print(kw_only_by_call(y=1, x=10), kw_only_by_call(10, y=1), kw_only_by_call(1, 10))
print(print("inner"), print())
