# A lambda made and called in a loop: `rt make_function` (after
# `guard_globals`), its call run inline with no `guard_func` and the cell
# read from the tuple the trace built (`fold`), and in the peeled body no
# function made: the loop carries it as its fields (`sink`), which the
# exits describe as `{vN=function ...}`.
def run(n):
    s = 0
    for i in range(n):
        f = lambda x: x + i
        s = (s + f(3)) % 1000
    return s, f(0)
print(run(30))
