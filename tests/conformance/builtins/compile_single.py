# compile(..., 'single'): expression statements show their values through
# sys.displayhook, as at the interactive prompt.
import sys
import builtins

g = {}
exec(compile("1 + 1\n", "<single>", "single"), g)
exec(compile("x = 5\n", "<single>", "single"), g)
exec(compile("x\n", "<single>", "single"), g)
print("_ is", builtins._)
exec(compile("None\n", "<single>", "single"), g)
print("_ still", builtins._)
exec(compile("'text'\n", "<single>", "single"), g)
exec(compile("for i in range(3):\n    i * 10\n", "<single>", "single"), g)
exec(compile("if x:\n    [x, x]\nelse:\n    0\n", "<single>", "single"), g)
exec(compile("def f():\n    42\n    return 7\n", "<single>", "single"), g)
exec(compile("f()\n", "<single>", "single"), g)
exec(compile("class C:\n    'doc'\n    99\n", "<single>", "single"), g)
print(g["C"].__doc__)
exec(compile("a = 1; b = 2; a + b\n", "<single>", "single"), g)
exec(compile("print('printed')\n", "<single>", "single"), g)
exec(compile("try:\n    1 / 0\nexcept ZeroDivisionError:\n    'caught'\n", "<single>", "single"), g)

# Several statements on several lines are refused.
for src in ["a = 1\nb = 2\n", "if 1:\n    pass\nx = 3\n"]:
    try:
        compile(src, "<single>", "single")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


# A replaced displayhook receives every value, None included.
def hook(value):
    print("hook got", repr(value))


sys.displayhook = hook
exec(compile("3 * 3\n", "<single>", "single"), g)
exec(compile("None\n", "<single>", "single"), g)
sys.displayhook = sys.__displayhook__


# The default hook writes to sys.stdout as it is now.
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


cap = Capture()
sys.stdout = cap
exec(compile("[1, 2]\n", "<single>", "single"), g)
sys.displayhook("direct")
sys.stdout = sys.__stdout__
print(cap.parts)
print(sys.displayhook(None))
print(builtins._)

# 'exec' mode shows nothing.
exec(compile("12345\n", "<exec>", "exec"), g)
print("done")
