# Nested closures three levels deep, with nonlocal at different levels.
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100))
add_to_1 = level1(1)
print(add_to_1(2)(3), add_to_1(20)(30))
def accumulate():
    total = 0
    def middle():
        count = 0
        def inner(v):
            nonlocal total, count
            total += v
            count += 1
            return total, count
        return inner
    return middle
m = accumulate()
i1 = m()
i2 = m()
print(i1(5), i1(5), i2(1), i1(0))
# nonlocal skips a level that doesn't define the name
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = mid()
    return r, x
print(outer())
# inner shadows outer; nonlocal refers to the nearest enclosing
def shadow():
    v = 1
    def mid():
        v = 2
        def inner():
            nonlocal v
            v += 100
            return v
        return inner(), v
    return mid(), v
print(shadow())
# closures reading globals vs enclosing
g = "global"
def reader():
    g = "enclosing"
    def mid():
        def inner():
            return g
        return inner()
    return mid()
print(reader(), g)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(lambda x: x + 1, lambda x: x * 2, abs)(-5))
print(compose()(7))
