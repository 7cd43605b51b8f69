# sys.stdin: a readable text stream over the host's input (empty here:
# the corpus runs with stdin at end of file); the other streams refuse reads.
import sys

print(repr(sys.stdin), sys.stdin.name, sys.stdin is sys.__stdin__)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
print(iter(sys.stdin) is sys.stdin)
try:
    next(sys.stdin)
except StopIteration:
    print("StopIteration")


def default_port(port=sys.stdin, out=sys.stdout):
    return port.name, out.name


print(default_port())
for f in [lambda: sys.stdin.write("x"), lambda: sys.stdout.readline(), lambda: sys.stderr.read()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
