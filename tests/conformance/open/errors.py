# open(): CPython's errors for bad arguments, missing files, closed files
# and wrong modes.
import io

name = 'open_errors.tmp'
open(name, 'w').close()


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for mode in ['rw', 'rr', 'q', '', 'r+b+', 'bt', '+', 'U', 'wa']:
    t(lambda: open(name, mode))
t(lambda: open(name, 'rb', encoding='utf-8'))
t(lambda: open(name, 'rb', errors='strict'))
t(lambda: open(name, 'rb', newline=''))
t(lambda: open(name, newline='x'))
t(lambda: open(name, encoding='nope'))
t(lambda: open(name, newline=5))
t(lambda: open(name, encoding=5))
t(lambda: open(name, mode=1))
t(lambda: open(1.5))
t(lambda: open(None))
t(lambda: open('no_such_dir/file.tmp'))
t(lambda: open('no_such_file.tmp'))
t(lambda: open('.'))
t(lambda: open('.', 'w'))
try:
    open('missing.tmp')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, isinstance(e, FileNotFoundError))

f = open(name, 'w')
print(repr(f))
t(lambda: f.read())
t(lambda: f.write(b'x'))
t(lambda: f.readline())
f.close()
print(repr(f), f.closed)
t(lambda: f.write('x'))
t(lambda: f.read())
t(lambda: iter(f))
t(lambda: f.readlines())
t(lambda: f.tell())
with open(name, 'rb') as f:
    print(repr(f))
    t(lambda: f.write(b'x'))
f = open(name, 'wb')
print(repr(f))
t(lambda: f.write('x'))
t(lambda: f.write(5))
f.close()
t(lambda: f.write(b'x'))
for mode in ['r+b', 'w+b', 'a+b', 'ab', 'r+', 'a+', 'w+', 'rt', 'br']:
    f = open(name, mode)
    print(mode, repr(f), f.mode)
    f.close()
t(lambda: open(name).fileno() if False else io.UnsupportedOperation.__mro__[1:3])
