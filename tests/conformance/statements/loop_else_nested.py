# while/else and for/else with break in nested loops, continue, and flags vs else.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return (a, b)
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))
# inner break does not affect outer else
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else never")
else:
    print("outer else runs, i =", i)
# while/else with condition becoming false vs break
def search(seq, item):
    i = 0
    while i < len(seq):
        if seq[i] == item:
            print("found", item, "at", i)
            break
        i += 1
    else:
        print(item, "not found after", i, "steps")
search("abcdef", "d")
search("abc", "z")
search("", "a")
# continue in the last iteration still reaches else
for k in range(3):
    if k == 2:
        continue
else:
    print("else after continue, k =", k)
# else of a loop inside try/finally
def g():
    try:
        for x in [1, 2]:
            pass
        else:
            return "else-return"
    finally:
        print("finally in g")
print(g())
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
r = 0
found = None
while r < len(grid):
    c = 0
    while c < len(grid[r]):
        if grid[r][c] * 2 == 10:
            found = (r, c)
            break
        c += 1
    else:
        r += 1
        continue
    break
print("found at", found)
# for/else over an empty generator
for _ in (x for x in []):
    pass
else:
    print("empty generator else")
