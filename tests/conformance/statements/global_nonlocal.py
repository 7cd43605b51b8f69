# global and nonlocal declarations in various combinations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def create_global():
    global created
    created = "made inside function"
create_global()
print(created)
def read_only():
    return counter * 100
print(read_only())
# nonlocal refers to the enclosing function, global skips it
value = "global"
def outer():
    value = "enclosing"
    def use_global():
        global value
        value = "global changed"
    def use_nonlocal():
        nonlocal value
        value = "enclosing changed"
    use_global()
    r1 = value
    use_nonlocal()
    return r1, value
print(outer(), value)
# global declared in a nested function affects the module
def a():
    def b():
        global deep
        deep = 42
    b()
a()
print(deep)
# nonlocal across two levels with an intermediate that doesn't bind
def l1():
    x = 0
    def l2():
        def l3():
            nonlocal x
            x += 5
        l3()
        l3()
    l2()
    return x
print(l1())
# UnboundLocalError vs global
total = 5
def bad():
    print(total)
    total = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
# global name deleted then used
def remove():
    global created
    del created
remove()
try:
    created
except NameError as e:
    print(type(e).__name__, e)
