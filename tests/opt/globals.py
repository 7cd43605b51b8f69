# Globals and builtins as trace constants (global_consts): one check_valid
# and one guard_globals per frame, the values as consts, a builtin's
# identity guard folded; a global the loop stores stays a load.
SCALE = 3
def f(x):
    return x * SCALE

count = 0
def run(n):
    global count
    s = 0
    for i in range(n):
        s += f(i) + len("ab")
        count = count + 1
    return s
print(run(30), count)
