# mandelbrot: escape-time iteration over a grid of points of the complex
# plane, done with separate real and imaginary float parts. The count is the
# grid's side length; the checksum is the total number of iterations.


def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    i = 0
    while i < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return limit


def main(n):
    total = 0
    inside = 0
    for y in range(n):
        ci = -1.25 + 2.5 * y / n
        for x in range(n):
            cr = -2.0 + 2.75 * x / n
            k = escape(cr, ci, 64)
            total += k
            if k == 64:
                inside += 1
    return str(total) + " " + str(inside)


print(main(200))
