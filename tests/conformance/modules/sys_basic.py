import sys

print(sys.maxsize, sys.byteorder, sys.version[:4], sys.version_info[:2] >= (3, 8))
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("to stderr\n")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
print("done")
