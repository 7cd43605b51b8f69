# Recursion that passes through built-in functions (min over a generator,
# sorted's key, repr of nested objects, functools.cache): each level
# re-enters the interpreter from native code. CPython runs these at the
# default recursion limit; so must ouro.
from functools import cache


def depth_min(n):
    if n == 0:
        return 0
    return min(depth_min(n - 1) + 1 for _ in range(1))


print(depth_min(300))


@cache
def chain(i, j):
    # The matrix-chain recurrence's shape: a cached function recursing
    # through a generator expression inside min().
    if j - i <= 1:
        return 0
    return min(chain(i, k) + k + chain(k, j) for k in range(i + 1, j))


print(chain(0, 240))


def depth_sorted(n):
    return n if n == 0 else sorted([n], key=lambda x: depth_sorted(n - 1))[0] + 0


print(depth_sorted(300))


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "N" if self.child is None else "(" + repr(self.child) + ")"


node = None
for _ in range(300):
    node = Node(node)
print(len(repr(node)))


def forever(n):
    return min(forever(n + 1) for _ in range(1))


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
