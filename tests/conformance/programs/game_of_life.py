# Program: Conway's Game of Life on a small toroidal grid (glider and blinker).
def step(grid):
    h = len(grid)
    w = len(grid[0])
    new = []
    for r in range(h):
        row = []
        for c in range(w):
            n = 0
            for dr in [-1, 0, 1]:
                for dc in [-1, 0, 1]:
                    if dr == 0 and dc == 0:
                        continue
                    n += grid[(r + dr) % h][(c + dc) % w]
            alive = grid[r][c] == 1
            row.append(1 if (alive and n in (2, 3)) or (not alive and n == 3) else 0)
        new.append(row)
    return new
def show(grid):
    for row in grid:
        print("".join(["#" if x else "." for x in row]))
    print("-" * len(grid[0]))
g = [[0] * 6 for _ in range(6)]
g[0][1] = 1
g[1][2] = 1
g[2][0] = 1
g[2][1] = 1
g[2][2] = 1
for gen in range(4):
    show(g)
    g = step(g)
print(sum([sum(row) for row in g]))
b = [[0] * 5 for _ in range(5)]
b[2][1] = 1
b[2][2] = 1
b[2][3] = 1
b2 = step(step(b))
print(b2 == b, step(b) == b)
show(step(b))
