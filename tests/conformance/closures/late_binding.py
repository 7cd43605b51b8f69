# Closures over loop variables (late binding) and the default-argument capture fix.
funcs = []
for i in range(4):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs])

lambdas = [lambda: j for j in range(4)]
print([fn() for fn in lambdas])

captured = [lambda j=j: j for j in range(4)]
print([fn() for fn in captured])
print(captured[2](99))

# variable rebound after closure creation
x = 1
get_x = lambda: x
x = 2
print(get_x())

# closure over a loop variable in a function: sees the final value
def make_all():
    out = []
    for k in "abc":
        out.append(lambda: k * 2)
    k = "z"
    return out
print([fn() for fn in make_all()])

# factory function gives each closure its own cell
def make_adder(n):
    return lambda v: v + n
adders = [make_adder(n) for n in range(3)]
print([a(10) for a in adders])

# default arguments are evaluated once, at def time
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)

default = 5
def uses_default(v=default):
    return v
default = 6
print(uses_default(), uses_default.__defaults__)

# while-loop closure capturing the final state
fs = []
n = 0
while n < 3:
    fs.append(lambda: n)
    n += 1
print([fn() for fn in fs])

# comprehension variable does not leak; lambdas made inside all share the one cell
print([g() for g in [(lambda: m) for m in range(3)]])
try:
    print(m)
except NameError as e:
    print(type(e).__name__, e)
