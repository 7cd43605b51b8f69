# List element assignment and indexing with negatives; building grids.
a = [0] * 5
for i in range(5):
    a[i] = i * i
print(a)
a[-1] = "last"
a[-5] = "first"
print(a, a[-2], a[len(a) - 1])
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)
grid[1][2] = -1
grid[-1][-1] = 99
print(grid)
t = []
for c in range(4):
    col = []
    for r in range(3):
        col.append(grid[r][c])
    t.append(col)
print(t)
swap = [1, 2, 3, 4]
swap[0], swap[-1] = swap[-1], swap[0]
print(swap)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 5
print(i, lst)
counts = [0] * 5
for x in [1, 3, 3, 4, 0, 3, 1]:
    counts[x] += 1
print(counts)
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
print(fib[fib[5]], fib[-fib[3]])
big = [0] * 1000
big[999] = 1
print(sum(big), big.index(1))
print([[0] * 2 for _ in range(2)])
