# A recursive trace whose lowering stops early (an inlined __iter__ calling
# a builtin, under native_calls=0) must leave its last exit to tier 1, not
# link it back to the trace's start from the wrong position.
class Node:
    def __init__(self, kids):
        self.kids = kids

    def __iter__(self):
        return iter(self.kids)


def count(node):
    n = 0
    for kid in node:
        n += 1
    return n


def size(node):
    total = 1
    for kid in node.kids:
        total += size(kid)
        total += count(kid) * 100
    return total


def tree(depth, width):
    return Node([tree(depth - 1, width) for _ in range(width)] if depth else [])


for d in range(6):
    for w in range(1, 4):
        print(d, w, size(tree(d, w)))
