# datetime.timedelta: normalization, float rounding, arithmetic, str/repr,
# comparisons, hashing, limits and overflow.
from datetime import timedelta

def kind(label, f):
    # Only the exception type: ouro names the class 'timedelta' where
    # CPython's C type says 'datetime.timedelta' in operator messages.
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)

def show(label, f):
    try:
        r = f()
        print(label, repr(r), str(r) if isinstance(r, timedelta) else '')
    except Exception as e:
        print(label, type(e).__name__, e)

print(timedelta(), timedelta(1), timedelta(0, 1), timedelta(0, 0, 1))
print(repr(timedelta()), repr(timedelta(1, 5)), repr(timedelta(microseconds=7)))
print(repr(timedelta(days=-1, seconds=5, microseconds=3)))
for args in [dict(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1),
             dict(seconds=-1), dict(microseconds=-1), dict(hours=-25), dict(days=-2, seconds=-1),
             dict(minutes=1441), dict(seconds=86400 * 3 + 5), dict(milliseconds=-1500),
             dict(days=1.5), dict(hours=0.1), dict(seconds=0.5e-6), dict(seconds=1.5e-6),
             dict(seconds=2.5e-6), dict(microseconds=0.5), dict(microseconds=1.5),
             dict(microseconds=-0.5), dict(microseconds=-1.5), dict(days=0.1, seconds=0.2),
             dict(weeks=-0.25), dict(milliseconds=0.0005), dict(minutes=1e-9),
             dict(days=True), dict(seconds=1/3), dict(days=-1/3, hours=7.7)]:
    td = timedelta(**args)
    print(sorted(args.items()), repr(td), str(td), td.days, td.seconds, td.microseconds)

a = timedelta(days=2, hours=3)
b = timedelta(hours=5, microseconds=250)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(b))
print(a * 3, 3 * a, a * -1, a * 0.5, 0.5 * a, b * 1.1, b * (1/3))
print(a / b, a // b, a % b, divmod(a, b), divmod(-a, b))
print(a / 4, a / 7, a // 7, a / 2.5, b / 3, b // -3, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2)
print(timedelta(microseconds=-3) / 2, timedelta(microseconds=-5) / 2, timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5)
print(a.total_seconds(), b.total_seconds(), timedelta(microseconds=1).total_seconds(), (-b).total_seconds())
print(timedelta.max.total_seconds(), timedelta.min.total_seconds())
print(a == timedelta(hours=51), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != 'x')
print(hash(a) == hash(timedelta(hours=51)), hash(timedelta(0)) == hash(timedelta()), len({a, timedelta(0, 183600), b}))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(-1)))
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta.min), str(timedelta.max))
print(str(timedelta(days=-2, seconds=3)), str(timedelta(days=2)), str(timedelta(days=-1)), str(timedelta(seconds=36000, microseconds=10)))
print(sorted([b, a, -a, timedelta(0)]))
print(max(a, b), min(a, b), sum([a, b], timedelta()))

show('too big', lambda: timedelta(days=1000000000))
show('too small', lambda: timedelta(days=-1000000000))
show('max+res', lambda: timedelta.max + timedelta.resolution)
show('min-res', lambda: timedelta.min - timedelta.resolution)
show('mul big', lambda: timedelta.max * 2)
show('str arg', lambda: timedelta('1'))
show('str kw', lambda: timedelta(hours='1'))
show('inf', lambda: timedelta(seconds=float('inf')))
show('nan', lambda: timedelta(seconds=float('nan')))
show('div0', lambda: a / 0)
show('fdiv0', lambda: a // 0)
show('div td0', lambda: a / timedelta(0))
show('fdiv td0', lambda: a // timedelta(0))
show('mod td0', lambda: a % timedelta(0))
show('div float0', lambda: a / 0.0)
kind('add int', lambda: a + 1)
kind('radd int', lambda: 1 + a)
kind('mul td', lambda: a * a)
kind('floordiv float', lambda: a // 2.0)
kind('mod int', lambda: a % 2)
show('set attr', lambda: setattr(a, 'days', 3))
print(timedelta.max == timedelta(999999999, 86399, 999999), timedelta.min == timedelta(-999999999))

class Span(timedelta):
    pass

s = Span(hours=1)
print(repr(s), str(s), type(s).__name__, isinstance(s, timedelta), type(s + s).__name__)
