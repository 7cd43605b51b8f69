# tempfile over the host: mkdtemp's names, TemporaryDirectory (with, cleanup),
# NamedTemporaryFile (delete or not), TemporaryFile
import os
import string
import tempfile

allowed = set(string.ascii_lowercase + string.digits + '_')
top = tempfile.mkdtemp(suffix='.tmp', dir='.')
print(top.startswith('./tmp'), top.endswith('.tmp'), len(top), set(top[5:-4]) <= allowed, os.path.isdir(top))
print(tempfile.template, tempfile.gettempprefix(), tempfile.TMP_MAX, os.path.isabs(tempfile.gettempdir()),
      tempfile.gettempdir() == tempfile.tempdir, os.path.isdir(tempfile.gettempdir()))
names = [tempfile.mkdtemp(prefix='p_', suffix='_s', dir=top) for _ in range(5)]
print(len(set(names)), [os.path.basename(n)[:2] + '..' + n[-2:] + str(len(os.path.basename(n))) for n in names][:2],
      sorted(os.listdir(top)) == sorted(os.path.basename(n) for n in names))
for n in names:
    os.rmdir(n)
m = tempfile.mktemp(dir=top)
print(os.path.dirname(m) == top, os.path.exists(m))

with tempfile.TemporaryDirectory(dir=top) as d:
    print(type(d).__name__, os.path.isdir(d), os.path.dirname(d) == top)
    os.makedirs(os.path.join(d, 'x', 'y'))
    with open(os.path.join(d, 'x', 'f.txt'), 'w') as f:
        f.write('data')
print(os.path.exists(d))
t = tempfile.TemporaryDirectory(prefix='pre', suffix='suf', dir=top)
name = os.path.basename(t.name)
print(repr(t) == '<TemporaryDirectory %r>' % t.name, name[:3], name[-3:], len(name))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.NamedTemporaryFile(dir=top, suffix='.txt') as f:
    print(type(f.name).__name__, os.path.isabs(f.name), f.name.endswith('.txt'), os.path.exists(f.name))
    print(f.write(b'hello'), f.tell())
    f.seek(0)
    print(f.read(), f.mode, f.closed)
print(f.closed, os.path.exists(f.name))
f = tempfile.NamedTemporaryFile('w+', dir=top, delete=False, prefix='keep')
print(f.write('text'), os.path.basename(f.name)[:4])
f.close()
print(os.path.exists(f.name), open(f.name).read())
os.unlink(f.name)
with tempfile.TemporaryFile(dir=top) as f:
    f.write(b'abc\ndef\n')
    f.seek(0)
    print(f.readline(), list(f))
print(f.closed, os.listdir(top))
os.rmdir(top)
print(os.path.exists(top))
