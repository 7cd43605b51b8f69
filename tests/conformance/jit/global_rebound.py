# Globals read in hot loops are rebound mid-loop (same type, other type,
# another function), from the loop itself, from a called function and via
# globals(): traces must not keep using the old value.

K = 3
total = 0
for i in range(6000):
    if i == 2000:
        K = 5
    elif i == 4000:
        K = 0.5
    total += K
print(total, K)

def scale(x):
    return x * FACTOR

FACTOR = 2
def run(n):
    s = 0
    for i in range(n):
        s += scale(i)
    return s
print(run(3000))
FACTOR = 3
print(run(3000))
FACTOR = 0.5
print(run(3000))
FACTOR = 1

# a called function rebinds the global the loop reads
LIMIT = 10
def bump(i):
    global LIMIT
    if i % 1000 == 999:
        LIMIT += 10

def count_below(n):
    c = 0
    for i in range(n):
        if i % 100 < LIMIT:
            c += 1
        bump(i)
    return c
print(count_below(6000), LIMIT)

# rebinding a global function mid-loop
def f(x):
    return x + 1
def g(x):
    return x * 2

def apply_all(n):
    global f
    s = 0
    for i in range(n):
        if i == n // 2:
            f = g
        s += f(i)
    return s
print(apply_all(4000))
print(apply_all(4000))

# rebinding through globals() and deleting a global mid-loop
MODE = 1
def read_mode(n):
    s = 0
    for i in range(n):
        if i == 1500:
            globals()["MODE"] = 7
        if i == 3000:
            del globals()["MODE"]
        try:
            s += MODE
        except NameError:
            s += 100
    return s
print(read_mode(4500))
print("MODE" in globals())

# a global counter incremented from a hot loop, then rebound to a float
counter = 0
def tick():
    global counter
    counter += 1

for i in range(5000):
    if i == 2500:
        counter = counter + 0.5
    tick()
print(counter)
