a = bytearray(b'xy')
alias = a
a += b'z'
try:
    a += a
except BufferError as e:
    print(e)
a += b"xyz"
print(a, alias, a is alias)
a *= 2
print(alias)
a *= 0
print(alias, len(a))
b = bytearray(b'ab')
c = b
b *= -1
print(c)
s = b'q'
t = s
s += b'r'
print(s, t)
try:
    a += 'str'
except TypeError as e:
    print(e)
try:
    a += 5
except TypeError as e:
    print(e)
d = bytearray(b'1')
d += memoryview(b'23') if False else b'23'
print(d)
