# generators: lazy pipelines built from generator functions and generator
# expressions: a number source, filtering and mapping stages, a sliding
# window, an in-order walk of a binary tree with "yield from", and a
# coroutine-style running total driven by send(). The count is the number of
# rounds; the checksum folds every stage's result.


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def only_odd(source):
    for x in source:
        if x % 2 == 1:
            yield x


def squares(source):
    for x in source:
        yield x * x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.pop(0)


class Node:
    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.key
        yield from walk(node.right)


def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


def main(n):
    tree = build(0, 511)
    check = 0
    for r in range(n):
        a = sum(squares(only_odd(numbers(2000 + r))))
        b = 0
        for w in windows(numbers(1000), 7):
            b += w % 13
        c = 0
        for key in walk(tree):
            c = (c * 3 + key) % 1000003
        acc = accumulator()
        next(acc)
        d = 0
        for v in range(300):
            d = acc.send(v)
        e = sum(x * 3 for x in range(500) if x % 3 != 0)
        check = (check * 7 + a + b + c + d + e) % 1000000007
    return check


print(main(30))
