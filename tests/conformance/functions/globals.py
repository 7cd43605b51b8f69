# The global statement, reading globals without it, and local shadowing.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter, increment(), counter)
total = 100
def read_only():
    return total * 2
print(read_only())
def shadow():
    total = 5
    return total
print(shadow(), total)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
history = []
def log(msg):
    history.append(msg)
log("a")
log("b")
print(history)
config = {"debug": False}
def enable():
    config["debug"] = True
enable()
print(config)
def rebind():
    global config
    config = {"fresh": 1}
rebind()
print(config)
x = 1
def uses_param(x):
    x = x + 100
    return x
print(uses_param(5), x)
def set_two():
    global a, b
    a = 1
    b = 2
set_two()
print(a, b)
def fact_iter(n):
    global calls
    calls = calls + 1
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
calls = 0
print(fact_iter(5), fact_iter(20), calls)
def fnref():
    return fact_iter
print(fnref()(6), calls)
