# open(): text and binary modes through the host (files relative to the
# script's directory; the names end in .tmp, which git ignores).
import io

name = 'open_files.tmp'
with open(name, 'w') as f:
    print(type(f).__name__, type(f).__module__, f.name, f.mode, f.encoding, f.closed)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write('first line\n'), f.write('second line\n'))
    f.writelines(['third\n', 'fourth\n'])
    print(f.tell())
print(f.closed)

f = open(name)
print(f.read())
f.close()
with open(name) as f:
    print(f.readline(), end='')
    print(f.readline(3), f.readline(), end='')
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name) as f:
    print(f.readlines())
print(open(name, 'r').read(5), [len(l) for l in open(name)])

# Append.
with open(name, 'a') as f:
    print(f.mode, f.write('fifth\n'))
print(open(name).read().splitlines())

# Binary.
bname = 'open_bytes.tmp'
with open(bname, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'\x00\x01\xffabc\n'), f.write(bytearray(b'xyz')))
    print(f.write(memoryview(b'!!')))
with open(bname, 'rb') as f:
    print(type(f).__name__, f.mode, f.read(2), f.read(), f.read())
with open(bname, 'rb') as f:
    print(f.readline(), f.tell(), f.seek(1), f.read(2), f.seek(-2, 2), f.read())
with open(bname, 'rb') as f:
    print(list(f))
with open(bname, 'ab') as f:
    f.write(b'++')
print(open(bname, 'rb').read())

# Read and write ('+').
with open(bname, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(3))
    f.seek(0)
    f.write(b'AB')
    print(f.tell(), f.read(2))
print(open(bname, 'rb').read())
with open(name, 'w+') as f:
    f.write('hello\nworld\n')
    f.seek(0)
    print(f.read(), f.mode)
with open(name, 'a+') as f:
    f.write('again\n')
    f.seek(0)
    print(f.readlines())

# Newlines.
with open(name, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
print(repr(open(name).read()), repr(open(name, newline='').read()))
print(open(name, newline='').readlines(), open(name, newline='\r').readlines())
f = open(name)
f.read()
print(f.newlines)
f.close()
with open(name, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(name, 'rb').read())

# Encodings.
with open(name, 'w', encoding='utf-8') as f:
    f.write('héllo €\n')
print(open(name, 'rb').read(), open(name, encoding='utf-8').read(), repr(open(name, encoding='utf-8')))
print(open(name, encoding='latin-1').read())
try:
    open(name, encoding='ascii').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(open(name, encoding='ascii', errors='replace').read())
with open(name, 'w', encoding='latin-1') as f:
    f.write('é')
print(open(name, 'rb').read())

# Exclusive creation.
try:
    open(name, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename)
