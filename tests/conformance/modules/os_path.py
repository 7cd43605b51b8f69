# os and os.path: posixpath text functions, the host queries (fixture files
# in os_fixture/), walk, fspath and PathLike.
import os, os.path
import os.path as p
print(p.join('a','/b','c'), p.join('a/', 'b'), p.join('', 'x'), p.split('/a/b/'), p.split('//x'), p.splitext('.bashrc'), p.splitext('a/b.tar.gz'), p.splitext('a.b/c'), p.normpath('//a//b/../c/./d'), p.normpath('///a'), p.normpath('../../x/..'), p.relpath('/a/b/c', '/a/d'), p.commonprefix(['abc','abd']), p.dirname('/a'), p.basename('a/b/'))
print(p.normpath('/..'), p.normpath('a/../..'), p.normpath(''), p.splitext('..'), p.splitext('a/..b'), p.commonpath(['/a/b/c', '/a/b/d']), p.relpath('x', 'x'))
try: os.fspath(1)
except TypeError as e: print(e)
try: p.join('a', 1)
except TypeError as e: print(e)
try: p.relpath('')
except ValueError as e: print(e)
print(os.name, repr(os.linesep), os.sep, os.pathsep, os.curdir, os.devnull)
here = p.dirname(p.abspath(__file__))
print(p.basename(here), p.exists(p.join(here, 'os_fixture')), p.isdir('os_fixture/sub'), p.isfile('os_fixture/sub'), p.isfile('os_fixture/sub/f.txt'), p.getsize('os_fixture/sub/f.txt'), p.exists('nope'))
print(sorted(os.listdir('os_fixture')))
for d, dirs, files in sorted(os.walk('os_fixture')):
    print(d, sorted(dirs), sorted(files))
try: os.listdir('nope')
except FileNotFoundError as e: print(e)
try: p.getsize('nope')
except OSError as e: print(type(e).__name__, e)
print(os.getenv('NO_SUCH_VAR_X', 'dflt'), p.expanduser('~x/y'), os.getcwd() == here)
class P:
    def __fspath__(self): return 'os_fixture'
print(os.fspath(P()), p.isdir(P()), isinstance(P(), os.PathLike))
