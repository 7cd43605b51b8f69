# Small algorithms with sets: primes sieve, dedup counting, graph reachability, set cover.
limit = 50
composite = set()
for i in range(2, limit):
    if i not in composite:
        composite.update(range(i * i, limit, i))
primes = set(range(2, limit)) - composite
print(sorted(primes))

# reachability in a directed graph
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [], 5: [1], 6: [0]}
def reachable(start):
    seen = set()
    stack = [start]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        stack.extend(graph[n])
    return seen
for n in [0, 4, 5, 6]:
    print(n, sorted(reachable(n)))
print(sorted(set(graph) - reachable(0)))

# greedy set cover
universe = set(range(1, 11))
subsets = [{1, 2, 3, 8}, {1, 2, 3, 4, 5}, {4, 5, 7}, {5, 6, 7}, {6, 7, 8, 9, 10}]
covered = set()
chosen = []
while covered != universe:
    best = max(range(len(subsets)), key=lambda i: len(subsets[i] - covered))
    if not subsets[best] - covered:
        break
    chosen.append(best)
    covered |= subsets[best]
print(chosen, covered == universe)

# common elements across many lists
lists = [[1, 2, 3, 4], [2, 3, 4, 5], [0, 3, 4, 9]]
common = set(lists[0])
for lst in lists[1:]:
    common &= set(lst)
print(sorted(common), set.intersection(*map(set, lists)) == common)
print(sorted(set.union(*map(set, lists))))
try:
    set.intersection()
except TypeError as e:
    print(type(e).__name__, e)

# two-sum with a set
def two_sum(nums, target):
    seen = set()
    for n in nums:
        if target - n in seen:
            return (target - n, n)
        seen.add(n)
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([1, 2], 10), two_sum([3, 3], 6))
