# Traces take the globals and builtins they load as constants and are
# invalidated when one is rebound: here every way of rebinding one while a
# trace that assumed it runs (or is linked to), each checked against the
# value tier 1 would have read.
import gc
import sys

this = sys.modules[__name__]

# Through the module object, from inside the loop.
STEP = 1
def via_module(n):
    s = 0
    for i in range(n):
        s += STEP
        if i == 1500:
            this.STEP = 10
    return s
print(via_module(3000), STEP)
STEP = 1

# Through globals() as a dict, from an inlined callee.
def set_step(v):
    globals()["STEP"] = v
def via_globals(n):
    s = 0
    for i in range(n):
        s += STEP
        if i % 1000 == 999:
            set_step(STEP + 1)
    return s
print(via_globals(4000), STEP)

# A builtin replaced in the builtins module itself.
import builtins
real_abs = builtins.abs
def absolutes(n):
    s = 0
    for i in range(n):
        s += abs(-i)
        if i == 1200:
            builtins.abs = lambda x: 7
    return s
print(absolutes(2000))
builtins.abs = real_abs
print(absolutes(1000))
builtins.abs = real_abs

# The function on the stack is the old one when an argument rebinds it;
# nothing but the pending call holds the old function, and a collection runs.
def old(x):
    return x + 1
def new(x):
    return x + 1000
def swap():
    global op
    op = new
    gc.collect()
    return 1
op = old
def pending_call(n):
    s = 0
    for i in range(n):
        s += op(swap() if i == 1500 else i)
    return s
print(pending_call(3000))

# The same code run with other globals (exec with a fresh dict).
src = """
def body(n):
    s = 0
    for i in range(n):
        s += W
    return s
"""
g1 = {"W": 2}
g2 = {"W": 5}
exec(src, g1)
exec(src, g2)
print(g1["body"](2000), g2["body"](2000))
g2["body"] = g1["body"]
print(g2["body"](2000))
g1["W"] = 3
print(g1["body"](2000), g2["body"](2000))

# A global rebound to the same object, and a global kept rebound every
# iteration (volatile: read, not assumed).
FLAG = True
def same(n):
    global FLAG, COUNTER
    c = 0
    for i in range(n):
        if FLAG:
            c += 1
        FLAG = True
        COUNTER = i
    return c
COUNTER = 0
print(same(3000), COUNTER)

# A class global replaced while instances of the old one are made in a loop.
class A:
    tag = "a"
class B:
    tag = "b"
def make(n):
    tags = []
    for i in range(n):
        tags.append(A().tag)
        if i == 900:
            globals()["A"] = B
    return "".join(tags[895:905]), len(tags)
print(make(2000))
