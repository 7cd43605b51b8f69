# io.BytesIO: write, read, seek, readline, getvalue, truncate, iteration
import io
b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.tell())
b.writelines([b"line2\n", b"line3"])
print(b.getvalue())
b.seek(0)
print(b.read(5), b.read(1), b.readline(), b.readlines())
print(b.seek(-5, 2), b.read(), b.seek(0), b.seek(3, 1))
b.seek(0)
b.write(b"J")
print(b.getvalue()[:12])
b.seek(30)
b.write(b"!")
print(b.getvalue()[-8:], len(b.getvalue()))
print(b.truncate(5), b.getvalue(), b.tell())
c = io.BytesIO(b"a\nbb\nccc")
print([line for line in c])
with io.BytesIO(b"xyz") as d:
    print(d.read(), d.readable(), d.seekable(), d.closed)
print(d.closed)
try:
    d.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.BytesIO().write("str")
except TypeError as e:
    print("TypeError", e)
buf = bytearray(3)
print(io.BytesIO(b"abcdef").readinto(buf), buf)

# readlines(hint): BytesIO stops once the lines reach the hint, StringIO once they pass it.
import io as _io
for h in (1, 2, 3, 5, -1, 0):
    print(h, _io.StringIO("a\nbb\nc").readlines(h), _io.BytesIO(b"a\nbb\nc").readlines(h))
