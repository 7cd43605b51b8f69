# Tuples of ints/floats/bools as dict keys and their (deterministic) hashes.
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid)
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (3, 3) in grid)
print(hash((1, 2)), hash((2, 1)), hash((0, 0)), hash((-1,)), hash((1, (2, 3))))
print(hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
d = {(1, 2): "a"}
d[(1.0, 2.0)] = "b"
d[(True, 2)] = "c"
print(d)
print(hash((1.5, -2.5)), hash((2**70, 3)), hash(((), ((),))))
seen = {}
for p in [(1, 2), (2, 1), (1, 2), (0, 0), (2, 1), (1, 2)]:
    seen[p] = seen.get(p, 0) + 1
print(seen)
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key in memo:
        return memo[key]
    v = paths(r - 1, c) + paths(r, c - 1)
    memo[key] = v
    return v
print(paths(10, 10), paths(16, 16), len(memo))
print(hash((None,)) == hash((None,)))
keys = list(grid.keys())
print(keys[:4], keys[-1])
print(sorted(grid, reverse=True)[:3])
print({(1,): 1, (1, 0): 2, (): 3})
