# Closure cells read and written in hot loops (LOAD_DEREF / STORE_DEREF run
# natively): cells shared between closures, rebound from outside the loop,
# deleted (NameError from the exit), and nonlocal counters.
def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n
    return bump


def run():
    b = counter()
    total = 0
    for i in range(3000):
        total += b(i % 5)
    return total


print(run())


def shared():
    x = 1

    def get():
        return x

    def put(v):
        nonlocal x
        x = v
    s = 0
    for i in range(2000):
        if i % 500 == 0:
            put(i)
        s += get()
    return s


print(shared())


def make():
    z = 7

    def read():
        return z

    def kill():
        nonlocal z
        del z
    return read, kill


read, kill = make()
acc = 0
for i in range(2500):
    if i == 2000:
        kill()
    try:
        acc += read()
    except NameError as e:
        msg = str(e)
print(acc, msg)
