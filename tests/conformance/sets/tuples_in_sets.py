# Sets of tuples: membership, dedup, coordinate sets; printed via sorted() only.
points = {(0, 0), (1, 2), (0, 0), (2, 1), (1, 2)}
print(len(points), sorted(points))
print((1, 2) in points, (2, 2) in points, [1, 2] in points if False else "skip")
try:
    print([1, 2] in points)
except TypeError as e:
    print(type(e).__name__, e)

# tuples containing lists are unhashable
try:
    {(1, [2])}
except TypeError as e:
    print(type(e).__name__, e)
try:
    points.add((0, [1]))
except TypeError as e:
    print(type(e).__name__, e)

# neighbours on a grid
def neighbours(p):
    x, y = p
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy}
print(sorted(neighbours((0, 0))))
print(sorted(neighbours((0, 0)) & neighbours((1, 1))))

# game of life blinker
live = {(1, 0), (1, 1), (1, 2)}
def step(live):
    candidates = live | {n for p in live for n in neighbours(p)}
    new = set()
    for c in candidates:
        count = len(neighbours(c) & live)
        if count == 3 or (count == 2 and c in live):
            new.add(c)
    return new
gen1 = step(live)
gen2 = step(gen1)
print(sorted(gen1), sorted(gen2), gen2 == live)

# visited-set BFS on a small maze
maze = ["..#", ".##", "..."]
start, goal = (0, 0), (2, 2)
seen = {start}
frontier = [start]
steps = 0
while frontier and goal not in seen:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < 3 and 0 <= nc < 3 and maze[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                nxt.append((nr, nc))
    frontier = nxt
    steps += 1
print("steps", steps, "visited", sorted(seen))
print(sorted({(1, "b"), (1, "a"), (0, "z")}))
