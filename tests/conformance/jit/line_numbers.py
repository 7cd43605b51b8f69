# Errors raised after many iterations of a hot loop report the right line
# numbers: tb_lineno of each traceback entry (walked through tb_next) for
# errors raised directly in the loop, in called functions, in builtins, and
# on different lines of the same loop body.

def tb_lines(e):
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines

def fail_at(i, n):
    if i == n:
        raise ValueError(i)
    return i

def level2(i, n):
    x = fail_at(i, n)
    return x + 1

for n in (3000, 4999):
    try:
        s = 0
        for i in range(5000):
            s += level2(i, n)
    except ValueError as e:
        print("ValueError", e.args[0], tb_lines(e))

# the same loop body, errors on different lines depending on the iteration
def body(limit, mode):
    d = {"a": 1}
    lst = [1, 2, 3]
    v = 0
    for i in range(limit):
        last = i == limit - 1
        v = d["a"] if mode != 1 or not last else d["b"]
        w = lst[i % 3 if mode != 2 or not last else 3]
        if mode == 3 and last:
            v = 1 // (i - i)
        v += w
    return v

for mode, limit in ((0, 4500), (1, 3001), (2, 6000), (3, 8000)):
    try:
        print("no error", mode, body(limit, mode))
    except (KeyError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, mode, tb_lines(e))

# errors raised in a builtin and in a method inside a hot loop
class Box:
    def __init__(self, v):
        self.v = v
    def half(self):
        return 10 // self.v

boxes = [Box(i % 50) for i in range(1, 5000)]
try:
    t = 0
    for b in boxes:
        t += b.half()
except ZeroDivisionError as e:
    print("method", tb_lines(e), t)

try:
    t = 0
    for i in range(5000):
        t += int(str(i) if i < 4000 else "x" + str(i))
except ValueError as e:
    print("builtin", tb_lines(e), t, e)

# the line of the raise statement after a long loop in the same frame
def late():
    total = 0
    for i in range(3000):
        total += i
    raise RuntimeError(total)

try:
    late()
except RuntimeError as e:
    print("late", e.args[0], tb_lines(e))

# a re-raised exception keeps its original lines and gains the re-raise site
def rethrow(n):
    for i in range(n):
        try:
            fail_at(i, n - 1)
        except ValueError:
            if i == n - 1:
                raise
try:
    rethrow(3500)
except ValueError as e:
    print("reraise", tb_lines(e))
