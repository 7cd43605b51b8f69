# pathlib's changes through the host: mkdir (parents, exist_ok), touch, unlink
# (missing_ok), rmdir, rename/replace, stat, iterdir and glob over new files
import os
import tempfile
from pathlib import Path

top = Path(tempfile.mkdtemp(suffix='.tmp', dir='.'))


def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(f.__name__, 'ok', r if not isinstance(r, Path) else r.relative_to(top))
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, top))


def listing(p):
    return sorted(str(x.relative_to(top)) for x in p.iterdir())


d = top / 'a' / 'b'
err(d.mkdir)
err(d.mkdir, parents=True)
err(d.mkdir, parents=True)
err(d.mkdir, parents=True, exist_ok=True)
err(d.mkdir, exist_ok=True)
print(d.is_dir(), d.exists(), d.parent.is_dir(), listing(top))
for name in ('x.py', 'y.py', 'z.txt', 'w.tar.gz'):
    err((d / name).touch)
err((d / 'x.py').touch, exist_ok=False)
err((d / 'x.py').mkdir, exist_ok=True)
print(listing(d), sorted(p.name for p in d.glob('*.py')), sorted(p.name for p in top.glob('**/*.gz')))
print((d / 'w.tar.gz').write_text('gzipped?'), (d / 'w.tar.gz').stat().st_size, (d / 'x.py').stat().st_size,
      (d / 'x.py').lstat().st_size)
err((d / 'none').stat)
err((d / 'x.py').rename, d / 'renamed.py')
err((d / 'y.py').replace, str(d / 'z.txt'))
err((d / 'gone.py').rename, d / 'there.py')
print(listing(d), (d / 'z.txt').read_text() == '')
err((d / 'renamed.py').unlink)
err((d / 'renamed.py').unlink)
err((d / 'renamed.py').unlink, missing_ok=True)
err(d.unlink)
err(d.rmdir)
err((d / 'z.txt').rmdir)
for p in list(d.iterdir()):
    p.unlink()
err(d.rmdir)
err(d.rmdir)
err(d.parent.rmdir)
print(listing(top))
top.rmdir()
print(top.exists())
