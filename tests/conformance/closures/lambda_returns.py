# Lambdas returning lambdas, currying, immediately-invoked lambdas and lambda defaults.
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
step = curry(4)
print(step(5)(6), step(0)(0))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

print((lambda: "called")())
print((lambda x, y=10: x + y)(1), (lambda x, y=10: x + y)(1, 2))
print((lambda *args: len(args))(1, 2, 3))
print((lambda x: (lambda y: x + y))(3)(4))

# lambda names and repr-safe attributes
f = lambda x: x
print(f.__name__, f.__code__.co_argcount)
def named(x):
    return x
print(named.__name__)

# conditional expressions inside lambdas
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in [-2, 0, 3]])

# lambdas in dict dispatch
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for op in "+-*/":
    print(op, ops[op](7, 2))
try:
    ops["/"](1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# argument errors
try:
    inc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    inc(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# Y-combinator style recursion with lambdas
fact = (lambda f: lambda n: f(f, n))(lambda self, n: 1 if n <= 1 else n * self(self, n - 1))
print(fact(10), fact(1), fact(0))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
