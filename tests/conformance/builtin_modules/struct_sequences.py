# Struct sequences: sys.float_info/version_info/hash_info/int_info and time.struct_time are
# tuples with named fields; gmtime/mktime/strftime/asctime and their argument checks.
import sys, time
print(sys.float_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel, type(sys.version_info).__name__)
print(sys.hash_info.width, sys.hash_info.inf, sys.hash_info.imag, hash(float('inf')) == sys.hash_info.inf)
print(sys.int_info.default_max_str_digits, len(sys.float_info), tuple(sys.version_info)[:2])
major, minor, *rest = sys.version_info
print(major, minor, rest[-2:], sys.version_info >= (3, 8), sys.version_info < (4,))
print(isinstance(sys.float_info, tuple), sys.float_info[0] == sys.float_info.max, sys.float_info.radix)
t = time.gmtime(1700000000)
print(t)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3])
for f in ["%A %B %e %I%p", "%U %W %w %u", "%x %X %c", "%y %C %D %F %R %T", "%%", "%j", "%Z %z"]:
    print(repr(time.strftime(f, t)))
for secs in [0, 59, 86399, 951782400, 4102444800, -1, -2208988800, 1_000_000_000.9, -0.5]:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.mktime(time.localtime(secs)) == int(secs // 1))
st = time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0))
print(st, st.tm_zone, time.strftime("%Y-%m-%d %a", st))
print(time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 0, 0, -1, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2, 3), [2000, 1, 1, 0, 0, 0, 0, 1, 0]]:
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.struct_time(range(12))
except TypeError as e:
    print(e)
print(time.struct_time(range(11)).tm_gmtoff, time.struct_time(range(9)).tm_zone)
print(time.gmtime(True).tm_sec, type(time.localtime()).__name__)
