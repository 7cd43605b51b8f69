# float: create many 3-D points from a cheap deterministic formula, normalize
# each one to unit length, then fold them with a component-wise maximum.
# Exercises float arithmetic, attribute access and object allocation.
# Points are made in batches of BATCH so memory stays bounded. The count is
# the number of points; the checksum is the final point.

BATCH = 100000


class Point:
    def __init__(self, i):
        a = (i % 97) * 0.173 + 0.5
        b = (i % 89) * 0.291 - 7.0
        self.x = a
        self.y = b * 3.0
        self.z = (a * a) / 2.0

    def normalize(self):
        norm = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        self.x = self.x / norm
        self.y = self.y / norm
        self.z = self.z / norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def main(n):
    best = Point(0)
    best.normalize()
    start = 0
    while start < n:
        stop = min(n, start + BATCH)
        points = []
        for i in range(start, stop):
            points.append(Point(i))
        for p in points:
            p.normalize()
        for p in points:
            best = best.maximize(p)
        start = stop
    return str(round(best.x, 9)) + " " + str(round(best.y, 9)) + " " + str(round(best.z, 9))


print(main(200000))
