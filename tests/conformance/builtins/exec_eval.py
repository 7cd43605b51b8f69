# exec, eval and compile: namespaces, results, errors
print(eval("1 + 2 * 3"))
print(eval("  [x * x for x in range(4)]"))
x = 10
print(eval("x + 1"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1}, {"y": 5}))
ns = {}
exec("a = 3\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1))
print(sorted(k for k in ns if not k.startswith("__")))
exec("z = 42")
print(z)
def func():
    local = 5
    print(eval("local * 2"))
    d = {}
    exec("w = local + 1", {"local": local}, d)
    print(d)
func()
code = compile("p = 7\nprint('from code', p)", "<mine>", "exec")
exec(code)
print(p)
e = compile("p * 3", "<e>", "eval")
print(eval(e))
g = {"v": 2}
exec(compile("v = v ** 10", "f", "exec"), g)
print(g["v"])
for bad in ["1 +", "x = 1", "def"]:
    try:
        eval(bad)
    except SyntaxError as err:
        print("SyntaxError", err.msg, err.lineno)
try:
    exec("1/0")
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
try:
    eval(5)
except TypeError as err:
    print("TypeError", err)
try:
    compile("1", "f", "bogus")
except ValueError as err:
    print("ValueError", err)
try:
    exec("x", [])
except TypeError as err:
    print("TypeError", err)
print(eval("(lambda q: q + x)(1)"))
print(eval("sum(i for i in range(5))"))
try:
    import modhelper_missing_for_sure
except ImportError as err:
    print(type(err).__name__, err.name)
