# shutil over the host: copyfile/copy/copy2/copytree (ignore, dirs_exist_ok),
# move, rmtree (ignore_errors, onerror) and their errors, which, terminal size
import os
import shutil
import tempfile

top = tempfile.mkdtemp(suffix='.tmp', dir='.')


def j(*parts):
    return os.path.join(top, *parts)


def rel(x):
    return os.path.relpath(x, top) if isinstance(x, str) and x.startswith(top) else x


def tree(base=None):
    base = base or top
    return sorted((os.path.relpath(d, base), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base))


def err(f, *args, **kwargs):
    try:
        print(f.__name__, 'ok', rel(f(*args, **kwargs)))
    except OSError as e:
        text = str(e).replace(top + os.sep, '').replace(top, 'TOP')
        print(f.__name__, type(e).__name__, text)


os.makedirs(j('src', 'sub', 'deep'))
for name, text in (('a.txt', 'alpha'), ('b.py', 'print(1)'), ('sub/c.txt', 'gamma'), ('sub/deep/d.pyc', 'x')):
    with open(j('src', name), 'w') as f:
        f.write(text)
err(shutil.copyfile, j('src', 'a.txt'), j('a2.txt'))
err(shutil.copyfile, j('src', 'a.txt'), j('src', 'a.txt'))
err(shutil.copyfile, j('none.txt'), j('x.txt'))
err(shutil.copyfile, j('src', 'a.txt'), j('src'))
err(shutil.copyfile, j('src', 'a.txt'), j('nodir', 'x.txt'))
err(shutil.copy, j('src', 'b.py'), j('src', 'sub'))
err(shutil.copy2, j('src', 'b.py'), j('b2.py'))
print(open(j('a2.txt')).read(), open(j('src', 'sub', 'b.py')).read(), open(j('b2.py')).read())
err(shutil.copytree, j('src'), j('dst'))
err(shutil.copytree, j('src'), j('dst'))
err(shutil.copytree, j('src'), j('dst'), dirs_exist_ok=True)
err(shutil.copytree, j('src'), j('filtered'), ignore=shutil.ignore_patterns('*.pyc', 'b*'))
err(shutil.copytree, j('none'), j('x'))
print(tree(j('dst')))
print(tree(j('filtered')))
err(shutil.move, j('b2.py'), j('dst'))
err(shutil.move, j('a2.txt'), j('moved.txt'))
err(shutil.move, j('filtered'), j('dst'))
err(shutil.move, j('src', 'a.txt'), j('dst'))
err(shutil.move, j('none'), j('dst2'))
print(tree())
err(shutil.rmtree, j('none'))
err(shutil.rmtree, j('moved.txt'))
err(shutil.rmtree, j('none'), ignore_errors=True)
shutil.rmtree(j('none'), onerror=lambda func, path, info: print(func.__name__, rel(path), info[0].__name__, info[1].errno))
shutil.rmtree(j('moved.txt'), onerror=lambda func, path, info: print(func.__name__, rel(path), info[0].__name__))
err(shutil.rmtree, j('dst'))
err(shutil.rmtree, j('src'))
print(tree())
shutil.rmtree(top)
print(os.path.exists(top), shutil.which('surely-no-such-command-here'), shutil.which('x', path=''))
print(shutil.get_terminal_size((100, 30)) if 'COLUMNS' not in os.environ and 'LINES' not in os.environ
      else os.terminal_size((100, 30)), os.terminal_size((5, 6)).columns, os.terminal_size([5, 6]).lines)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
