# Calls inlined inside inlined calls, and callees reading free variables:
# `both` calls two closures, each inline (`func_cell` + `load_cell` reach
# the cells without a frame); every exit resumes before the outermost call.
def make_adder(k):
    def add(x):
        return x + k
    return add

def compose(f, g):
    def both(x):
        return f(g(x))
    return both

def run(n):
    twice_plus = compose(make_adder(3), lambda x: x * 2)
    s = 0
    for i in range(n):
        s = twice_plus(s) % 1000
    return s
print(run(30))
