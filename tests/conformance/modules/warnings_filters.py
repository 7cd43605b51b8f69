# warnings: warn through the filters, the registry, catch_warnings, showwarning, errors
import sys
import warnings

FILE = (lambda: 0).__code__.co_filename


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def dump(self, label):
        text = "".join(self.parts).replace(FILE, "FILE")
        print(label, repr(text))
        self.parts = []


out = Out()
sys.stderr = out


def deprecated(x):
    warnings.warn("deprecated(%d) is old" % x, DeprecationWarning, stacklevel=2)
    return x


def user(x):
    warnings.warn("careful with %r" % (x,))


def loop(n):
    for i in range(n):
        user(1)
        deprecated(i % 2)


print(warnings.filters[:2])
loop(3)
out.dump("default:")
user(1)
user(1)
out.dump("same line twice:")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    loop(2)
    user("x")
print(len(log), [(type(w.message).__name__, str(w.message), w.category.__name__, w.lineno) for w in log])
print(str(log[0]).replace(FILE, "FILE"))
out.dump("recorded (nothing shown):")

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        user(2)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("ignore", message="careful", category=UserWarning)
    user(3)
out.dump("error then ignore:")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        user(9)
        warnings.warn("again")
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn("text", category=FutureWarning, stacklevel=1)
print([(w.category.__name__, str(w.message)) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for i in range(3):
        user(5)
        warnings.warn_explicit("explicit", SyntaxWarning, "some.py", 7)
print([(w.category.__name__, str(w.message), w.filename.replace(FILE, "FILE"), w.lineno) for w in log])


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, filename.replace(FILE, "FILE"), lineno)


with warnings.catch_warnings():
    warnings.showwarning = show
    warnings.simplefilter("always")
    user(4)
    warnings.warn("deep", stacklevel=50)
print(warnings.showwarning is show)

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
print(warnings.formatwarning("msg", UserWarning, "nofile.py", 3), end="")
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.filterwarnings("ignore", lineno=-1)
except AssertionError as e:
    print("AssertionError", e)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
with warnings.catch_warnings(action="ignore"):
    user(7)
out.dump("with action=ignore:")
warnings.resetwarnings()
print(warnings.filters)
user(8)
out.dump("after reset:")
sys.stderr = sys.__stderr__
print(sorted(k for k in globals()["__warningregistry__"] if k != "version")[:3])
