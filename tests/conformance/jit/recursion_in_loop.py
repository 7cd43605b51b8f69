# Recursive functions called from hot loops (fib, small ackermann, mutual
# recursion, recursion through methods), and unbounded recursion that raises
# RecursionError inside a loop and is caught there, after which the loop
# and further calls keep working.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

s = 0
for i in range(3000):
    s += fib(i % 12)
print(s)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

s = 0
for i in range(3000):
    s += ack(i % 3, i % 4)
print(s, ack(2, 3))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)

c = 0
for i in range(3000):
    if is_even(i % 40):
        c += 1
print(c)

class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1), Tree(depth - 1)] if depth else []
    def size(self):
        n = 1
        for k in self.kids:
            n += k.size()
        return n

t = Tree(4)
s = 0
for i in range(3000):
    s += t.size() if i % 10 == 0 else 1
print(s)

# unbounded recursion inside a loop, caught in the loop
def down(n):
    return down(n + 1) + 1

def bounded(n):
    if n == 0:
        return 0
    return bounded(n - 1) + 1

errors = 0
s = 0
for i in range(3000):
    if i % 500 == 250:
        try:
            down(0)
        except RecursionError as e:
            errors += 1
            s += type(e).__name__ == "RecursionError"
    else:
        s += bounded(i % 30)
print(errors, s)

# the same function recursing deeply sometimes and shallowly most of the time
def depth(n, limit):
    if n >= limit:
        return n
    return depth(n + 1, limit)

ok = 0
bad = 0
for i in range(3000):
    lim = 100000 if i % 1000 == 999 else i % 50
    try:
        ok += depth(0, lim)
    except RecursionError:
        bad += 1
print(ok, bad)

# recursion error raised through a method, handled by the caller of the loop
class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()

def walk():
    n = Node()
    total = 0
    for i in range(3000):
        total += i
        if i == 2999:
            n.length()
    return total

try:
    walk()
except RecursionError:
    print("caught outside")
print(fib(15), bounded(200))
