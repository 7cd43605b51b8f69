# tempfile.mkstemp: a new empty file and a descriptor (a token in ouro) that os.close takes.
import os
import tempfile

fd, path = tempfile.mkstemp(suffix=".xml", prefix="mk")
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path)[:2], path.endswith(".xml"))
print(os.path.exists(path), os.path.getsize(path))
with open(path, "w") as f:
    f.write("<a/>")
with open(path) as f:
    print(f.read())
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.unlink(path)
print(os.path.exists(path))
d = tempfile.mkdtemp()
fd2, p2 = tempfile.mkstemp(dir=d)
print(os.path.dirname(p2) == d, fd2 != fd or True)
os.close(fd2)
os.unlink(p2)
os.rmdir(d)
