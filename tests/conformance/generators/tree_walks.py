# Recursion through generators: tree walks with yield from, permutations and subsets.
tree = ("root", [
    ("a", [("a1", []), ("a2", [("a2x", [])])]),
    ("b", []),
    ("c", [("c1", [])]),
])

def preorder(node, depth=0):
    name, children = node
    yield depth, name
    for c in children:
        yield from preorder(c, depth + 1)

def postorder(node):
    name, children = node
    for c in children:
        yield from postorder(c)
    yield name

def paths(node, prefix=()):
    name, children = node
    here = prefix + (name,)
    if not children:
        yield "/".join(here)
    for c in children:
        yield from paths(c, here)

for depth, name in preorder(tree):
    print("  " * depth + name)
print(list(postorder(tree)))
print(list(paths(tree)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3])))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(3, "A", "C", "B"))
print(len(moves), moves[:4])

# deep recursion through generators hits the recursion limit
def deep(n):
    yield n
    yield from deep(n + 1)
try:
    for v in deep(0):
        pass
except RecursionError as e:
    print(type(e).__name__, e)
