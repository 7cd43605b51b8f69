# sys module facts that are deterministic: maxsize, recursion limit, argv, modules, exit, float_info.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.maxsize + 1, -sys.maxsize - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith(".py"), sys.argv[0].endswith("sys_facts.py"))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.version).__name__)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max * 10, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus)
n = sys.stdout.write("written by sys.stdout.write\n")
print(n)
print("to stdout", file=sys.stdout)

# recursion limit is enforced
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)

# sys.exit raises SystemExit
for arg in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof is not None, callable(sys.intern), sys.intern("abc") == "abc")
