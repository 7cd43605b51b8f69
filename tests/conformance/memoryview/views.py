# memoryview: zero-copy views, writes through to bytearray and array,
# release, the context manager, conversions.
import array
import io

ba = bytearray(b'hello world')
m = memoryview(ba)
print(type(m).__name__, isinstance(m, memoryview), type(m) is memoryview)
print(len(m), m[0], m[-1], m.tobytes(), bytes(m), bytearray(m))
v = m[6:]
print(v.tobytes(), v.nbytes, v.shape, v.strides, v.obj is ba)
v[0] = ord('W')
print(ba)
m[0:5] = b'HELLO'
print(ba, m.tobytes())
ev = m[::2]
print(ev.tobytes(), ev.strides, ev.c_contiguous, ev.contiguous)
ev[1] = ord('*')
print(ba)
rv = m[::-1]
print(rv.tobytes(), rv[0], rv.tolist()[:3])
rv[0] = ord('!')
print(ba)
m[1:3] = memoryview(b'ab')
print(ba, m.hex(), m[:3].hex(' '), m.hex('-', 4))
print(list(m[:4]), 72 in m, [x for x in m[:2]])

# Views see later changes to the bytearray.
ba[0] = ord('J')
print(m[0], chr(m[0]))

# Read-only views of bytes.
r = memoryview(b'abc')
print(r.readonly, r.format, r.itemsize, r.ndim, r.suboffsets, hash(r) == hash(b'abc'))
try:
    r[0] = 1
except TypeError as e:
    print('TypeError', e)
ro = m.toreadonly()
print(ro.readonly, ro.tobytes() == m.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError', e)

# Equality.
print(memoryview(b'abc') == b'abc', memoryview(b'abc') != b'abd', b'abc' == memoryview(b'abc'))
print(memoryview(b'abc') == bytearray(b'abc'), memoryview(b'ab') == memoryview(b'abc'))

# array.array views.
a = array.array('h', [1, -2, 300])
am = memoryview(a)
print(am.format, am.itemsize, am.nbytes, am.tolist(), am[1], am[-1])
am[0] = 1000
print(a)
am[1:] = array.array('h', [7, 8])
print(a, am[::2].tolist())
b = am.cast('B')
print(b.format, len(b), b.tolist())
b[0] = 1
print(a, b.cast('h').tolist())
try:
    am[0] = 2 ** 20
except ValueError as e:
    print('ValueError', e)
print(bytes(am) == a.tobytes())
d = memoryview(array.array('d', [1.5, 2.5]))
print(d.tolist(), d.format, d.cast('B').nbytes)

# Casts of byte views.
raw = bytearray(8)
words = memoryview(raw).cast('I')
words[1] = 0x01020304
print(raw, words.tolist(), words.format, words.itemsize, len(words))
print(memoryview(b'\xff\x01').cast('b').tolist(), memoryview(b'ab').cast('c').tolist())
print(memoryview(b'\x01\x00\x02\x00').cast('H').tolist())
print(memoryview(b'\x00\x01').cast('?').tolist())

# release and the context manager.
with memoryview(b'xyz') as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print('ValueError', e)
mm = memoryview(b'q')
mm.release()
mm.release()
print(repr(mm).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
for f in (len, list, lambda x: x[0], lambda x: x.format, lambda x: x.tolist()):
    try:
        f(mm)
    except ValueError as e:
        print('ValueError', e)

# Nested views keep the original object.
inner = memoryview(memoryview(b'abcdef')[1:])
print(inner.tobytes(), inner.obj)

# BytesIO.getbuffer().
bio = io.BytesIO(b'abcdef')
view = bio.getbuffer()
print(view.nbytes, view.tobytes())
view[2:4] = b'ZZ'
print(bio.getvalue())
view.release()
bio.write(memoryview(b"12"))
print(bio.getvalue())
