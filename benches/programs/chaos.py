# chaos: the chaos game. Starting from a point, repeatedly pick one of a set
# of affine maps at random (weighted) and apply it; the visited points trace
# an iterated-function-system fractal (here a fern-like set and a Sierpinski
# triangle). Points are counted into a coarse grid. Randomness comes from a
# 31-bit linear congruential generator so every run is identical. The count
# is the number of iterations per fractal; the checksum summarizes the grid.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def uniform(self):
        return self.next() / 2147483648.0


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


class Grid:
    def __init__(self, width, height, x0, y0, x1, y1):
        self.width = width
        self.height = height
        self.x0 = x0
        self.y0 = y0
        self.sx = width / (x1 - x0)
        self.sy = height / (y1 - y0)
        self.cells = [0] * (width * height)

    def plot(self, x, y):
        col = int((x - self.x0) * self.sx)
        row = int((y - self.y0) * self.sy)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.cells[row * self.width + col] += 1

    def summary(self):
        filled = 0
        weighted = 0
        for i in range(len(self.cells)):
            v = self.cells[i]
            if v > 0:
                filled += 1
                weighted = (weighted * 31 + v * (i + 1)) % 1000000007
        return filled, weighted


def choose(maps, total_weight, rng):
    r = rng.uniform() * total_weight
    for m in maps:
        r -= m.weight
        if r < 0.0:
            return m
    return maps[len(maps) - 1]


def play(maps, n, grid, rng):
    total = 0.0
    for m in maps:
        total += m.weight
    x = 0.0
    y = 0.0
    for i in range(n):
        m = choose(maps, total, rng)
        x, y = m.apply(x, y)
        if i >= 20:
            grid.plot(x, y)
    return grid.summary()


def main(n):
    fern = [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    triangle = [
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
    ]
    rng = Rng(42)
    a = play(fern, n, Grid(60, 100, -3.0, 0.0, 3.0, 10.0), rng)
    b = play(triangle, n, Grid(64, 64, 0.0, 0.0, 1.0, 1.0), rng)
    return str(a[0]) + " " + str(a[1]) + " " + str(b[0]) + " " + str(b[1])


print(main(100000))
