# raytrace: a small Whitted-style ray tracer. A scene of spheres over a
# checkered ground plane, lit by two point lights, with Lambert diffuse
# shading, hard shadows and up to two levels of mirror reflection. Vectors
# are a class with arithmetic dunders. The count is the image's side length
# in pixels; the checksum sums the pixels quantized to 0..255 per channel.

EPSILON = 0.0001
FAR = 1.0e30


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self * (1.0 / self.length())

    def blend(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, mirror):
        self.center = center
        self.radius = radius
        self.color = color
        self.mirror = mirror

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return FAR
        root = disc**0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return FAR

    def normal_at(self, p):
        return (p - self.center).unit()

    def color_at(self, p):
        return self.color


class Ground:
    def __init__(self, height, mirror):
        self.height = height
        self.mirror = mirror

    def hit(self, ray):
        dy = ray.direction.y
        if -EPSILON < dy < EPSILON:
            return FAR
        t = (self.height - ray.origin.y) / dy
        if t > EPSILON:
            return t
        return FAR

    def normal_at(self, p):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, p):
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Ground(-1.0, 0.2),
            Sphere(Vec(0.0, 0.0, -5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(2.1, -0.3, -6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.0),
            Sphere(Vec(-2.0, 0.5, -7.0), 1.5, Vec(0.3, 0.4, 0.95), 0.5),
            Sphere(Vec(0.7, -0.7, -3.5), 0.3, Vec(0.95, 0.9, 0.3), 0.1),
        ]
        self.lights = [(Vec(-4.0, 6.0, 0.0), 0.8), (Vec(5.0, 4.0, -2.0), 0.4)]
        self.ambient = 0.1
        self.sky = Vec(0.5, 0.7, 1.0)

    def nearest(self, ray):
        best = FAR
        found = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t < best:
                best = t
                found = obj
        return found, best

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            if obj.hit(ray) < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.sky * (0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = obj.normal_at(point)
        base = obj.color_at(point)
        light = self.ambient
        for pos, power in self.lights:
            to_light = (pos - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0 and not self.shadowed(point, pos):
                light += lambert * power
        color = base * light
        if obj.mirror > 0.0 and depth < 2:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            bounce = self.trace(Ray(point, reflected), depth + 1)
            color = color * (1.0 - obj.mirror) + bounce * obj.mirror
        return color


def quantize(c):
    v = int(c * 255.0)
    if v < 0:
        return 0
    if v > 255:
        return 255
    return v


def main(n):
    scene = Scene()
    eye = Vec(0.0, 0.5, 1.0)
    total = 0
    for row in range(n):
        for col in range(n):
            x = (col + 0.5) / n * 2.0 - 1.0
            y = 1.0 - (row + 0.5) / n * 2.0
            color = scene.trace(Ray(eye, Vec(x, y, -1.5)), 0)
            total += quantize(color.x) + quantize(color.y) * 3 + quantize(color.z) * 7
    return total


print(main(80))
