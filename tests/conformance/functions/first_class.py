# Functions as values: passing def'd functions around, storing them in containers, __call__-free dispatch.
def square(x):
    return x * x
def cube(x):
    return x * x * x
def negate(x):
    return -x
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([square, cube, negate, abs, str], -3))
def compose_apply(f, g, x):
    return f(g(x))
print(compose_apply(square, negate, 4), compose_apply(str, cube, 2))
ops = {"sq": square, "cu": cube, "neg": negate}
for name in ops:
    print(name, ops[name](5))
def my_map(f, items):
    out = []
    for it in items:
        out.append(f(it))
    return out
def my_filter(pred, items):
    return [x for x in items if pred(x)]
def is_odd(n):
    return n % 2 == 1
print(my_map(square, range(6)), my_filter(is_odd, range(10)))
def my_reduce(f, items, init):
    acc = init
    for it in items:
        acc = f(acc, it)
    return acc
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
print(my_reduce(add, range(101), 0), my_reduce(mul, range(1, 21), 1))
print(my_reduce(add, ["a", "b", "c"], ""))
print(type(square), square == square, square != cube)
print(sorted([-5, 3, -1, 4], key=square), max([-5, 3, -1, 4], key=negate))
f = square
square = cube
print(f(3), square(3))
table = [(negate, 1), (f, 2), (len, "abc"), (int, "12")]
print([fn(arg) for fn, arg in table])
print(my_map(len, ["", "a", "ab"]), my_map(bool, [0, 1, []]))
def twice(fn, x):
    return fn(fn(x))
print(twice(f, 3), twice(negate, 7), twice(square, 2))
