# exec()/eval() namespace arguments: the type errors name the function as
# CPython 3.11 does (found while removing a panic site from namespaces()).
for args in [(1,), ({}, 1), (None, None), ({'x': 1}, {'y': 2})]:
    try:
        print(eval("x if 'x' in dir() else 7", *args))
    except Exception as e:
        print(type(e).__name__, e)
g = {}
exec("a = 5", g)
print(g['a'])
def f():
    z = 3
    return eval("z + 1")
print(f())
for args in [(1,), ({}, 1)]:
    try:
        exec("x = 1", *args)
    except Exception as e:
        print(type(e).__name__, e)
