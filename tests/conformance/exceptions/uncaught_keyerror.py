# An uncaught KeyError with a tuple key raised from deep within nested calls in a finally.
grid = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}

def look(x, y):
    return grid[(x, y)]

def walk(path):
    out = []
    try:
        for x, y in path:
            out.append(look(x, y))
    finally:
        print("walked", len(out), "steps:", out)
    return out

print(walk([(0, 0), (1, 0)]))
try:
    walk([(0, 1), (5, 5)])
except KeyError as e:
    print("KeyError caught:", e, e.args)

walk([(0, 0), (0, 1), (2, 3)])
