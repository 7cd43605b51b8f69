# os's file-system changes through the host: mkdir/makedirs, rmdir/removedirs,
# remove/unlink, rename/replace/renames, stat, walk, with CPython's errors
import os
import tempfile

top = tempfile.mkdtemp(suffix='.tmp', dir='.')


def rel(p):
    return os.path.relpath(p, top) if isinstance(p, str) else p


def err(f, *args):
    try:
        f(*args)
        print(f.__name__, 'ok')
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno, e.strerror, rel(e.filename), rel(e.filename2))


def j(*parts):
    return os.path.join(top, *parts)


def tree():
    return sorted((rel(d), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(top))


err(os.mkdir, j('a'))
err(os.mkdir, j('a'))
err(os.mkdir, j('x', 'y'))
err(os.makedirs, j('a', 'b', 'c'))
err(os.makedirs, j('a', 'b'))
os.makedirs(j('a', 'b'), exist_ok=True)
os.makedirs(j('n', 'e', 's', 't', ''), 0o755)
with open(j('a', 'f.txt'), 'w') as f:
    f.write('twelve bytes')
err(os.makedirs, j('a', 'f.txt'), 0o777, True)
err(os.rmdir, j('a'))
err(os.rmdir, j('missing'))
err(os.rmdir, j('a', 'f.txt'))
err(os.remove, j('a'))
err(os.unlink, j('missing'))
err(os.remove, j('a', 'f.txt', 'inner'))
print(tree())
with os.scandir(j('a')) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size) for e in entries],
      repr(entries[1]), os.fspath(entries[1]) == entries[1].path, type(entries[0]).__name__, next(os.scandir(top)).path[:5])
err(os.scandir, j('missing'))
st = os.stat(j('a', 'f.txt'))
print(type(st).__name__, isinstance(st, tuple), len(st), st.st_size, st[6], oct(st.st_mode >> 12),
      type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime > 1e9, st == tuple(st))
print(oct(os.stat(j('a')).st_mode >> 12), os.path.getmtime(j('a', 'f.txt')) == st.st_mtime, os.lstat(j('a')).st_size >= 0)
err(os.stat, j('missing'))
err(os.rename, j('a', 'f.txt'), j('a', 'g.txt'))
err(os.rename, j('missing'), j('a', 'h.txt'))
with open(j('other.txt'), 'w') as f:
    f.write('other')
err(os.replace, j('other.txt'), j('a', 'g.txt'))
print(open(j('a', 'g.txt')).read(), os.path.exists(j('other.txt')))
err(os.rename, j('a', 'b'), j('a', 'g.txt'))
err(os.rename, j('a', 'g.txt'), j('a', 'b'))
os.renames(j('a', 'g.txt'), j('deep', 'er', 'g.txt'))
print(tree())
os.removedirs(j('n', 'e', 's', 't'))
err(os.removedirs, j('a', 'b', 'c'))
print(tree())
err(os.unlink, j('deep', 'er', 'g.txt'))
os.removedirs(j('deep', 'er'))
err(os.rmdir, j('a', 'b'))
err(os.rmdir, top)
print(os.path.exists(top), tree())
for bad in (lambda: os.mkdir(5), lambda: os.remove(None), lambda: os.rename('a', 3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(os.error is OSError, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
# os.chdir: relative paths (and getcwd) follow it; a missing directory or a
# file is an OSError naming it.
here = os.getcwd()
top = tempfile.mkdtemp(suffix='.tmp', dir='.')
os.mkdir(j('cd'))
with open(j('cd', 'inside.txt'), 'w') as f:
    f.write('inside')
cd, top_real = os.path.realpath(j('cd')), os.path.realpath(top)
os.chdir(j('cd'))
print(os.getcwd() == cd, open('inside.txt').read(), os.listdir('.'))
os.chdir('..')
print(os.getcwd() == top_real, sorted(os.listdir('.')))
os.chdir(here)
err(os.chdir, j('missing'))
err(os.chdir, j('cd', 'inside.txt'))
os.remove(j('cd', 'inside.txt'))
os.rmdir(j('cd'))
os.rmdir(top)
print(os.path.exists(top))
