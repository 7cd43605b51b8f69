# time module: only deterministic facts (monotonic clocks, sleep(0), gmtime(0), strftime).
import time
t1 = time.perf_counter()
total = sum(range(10000))
t2 = time.perf_counter()
print(total, t2 >= t1, type(t1).__name__)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.sleep(0), time.sleep(0.001))
print(time.time() > 1_600_000_000, type(time.time()).__name__, type(time.time_ns()).__name__)
print(time.time_ns() // 10 ** 9 > 1_600_000_000)

elapsed = []
for _ in range(3):
    a = time.perf_counter()
    time.sleep(0)
    elapsed.append(time.perf_counter() - a >= 0)
print(elapsed)

g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(tuple(g))
print(time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %b %d %j", time.gmtime(86400 * 365)))
d = time.gmtime(1_000_000_000)
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", d), d.tm_wday, d.tm_yday)
print(time.asctime(time.gmtime(0)))
print(time.gmtime(-86400).tm_year, time.gmtime(951782400).tm_mday, time.gmtime(951782400).tm_mon)
print(time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)).tm_hour)

errors = [
    lambda: time.sleep(-1),
    lambda: time.sleep("1"),
    lambda: time.gmtime("x"),
    lambda: time.strftime(5),
    lambda: time.struct_time((1, 2)),
]
for fn in errors:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
