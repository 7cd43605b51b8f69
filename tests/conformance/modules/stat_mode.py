# stat: the st_mode constants, type tests, S_IMODE/S_IFMT and filemode, on
# synthetic modes and on what os.stat reports for a directory and a file.
import os
import stat

names = sorted(n for n in dir(stat) if n.isupper() and not callable(getattr(stat, n)))
print(len(names), sum(getattr(stat, n) for n in names))
print([(n, getattr(stat, n)) for n in names if n.startswith(("S_IF", "ST_"))])
tests = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK", "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK, stat.S_IFSOCK, 0, 0o170000]
for kind in kinds:
    for perms in (0, 0o644, 0o755, 0o4755, 0o2711, 0o1777, 0o7000, 0o7777):
        mode = kind | perms
        print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode) == perms, oct(stat.S_IFMT(mode)),
              [t for t in tests if getattr(stat, t)(mode)])
print(stat.filemode(os.stat(".").st_mode)[0], stat.S_ISDIR(os.stat(".").st_mode),
      stat.S_ISREG(os.stat("stat_mode.py").st_mode), stat.S_ISDIR(os.stat("stat_mode.py").st_mode))
