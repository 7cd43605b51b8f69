# datetime.date: construction and its checks, ordinals, ISO calendar,
# weekday, replace, arithmetic, comparisons, hashing, fromisoformat.
import time
from datetime import date, timedelta, MINYEAR, MAXYEAR

def kind(label, f):
    # Only the exception type: ouro names the class 'timedelta' where
    # CPython's C types say 'datetime.date' in operator messages.
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(MINYEAR, MAXYEAR)
d = date(2020, 1, 2)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isoformat(), str(d), d.ctime(), d.timetuple())
print(repr(date.min), repr(date.max), repr(date.resolution), date.min.toordinal(), date.max.toordinal())
for y, m, dd in [(1, 1, 1), (1970, 1, 1), (2000, 2, 29), (1900, 3, 1), (2024, 12, 31),
                 (9999, 12, 31), (1600, 2, 29), (2004, 12, 31), (2005, 1, 1), (2008, 12, 28),
                 (2008, 12, 29), (2010, 1, 3), (2010, 1, 4), (2009, 12, 31), (2015, 12, 31),
                 (2016, 1, 3), (2026, 12, 7)]:
    x = date(y, m, dd)
    o = x.toordinal()
    ic = x.isocalendar()
    print(x, o, date.fromordinal(o) == x, x.weekday(), ic, tuple(ic), ic.year, ic.week, ic.weekday,
          date.fromisocalendar(*ic) == x, x.timetuple().tm_yday)
for n in [1, 2, 365, 366, 730120, 3652059, 146097, 146098, 36524, 36525, 1461]:
    print(n, date.fromordinal(n))
print(d.replace(year=2021), d.replace(month=2, day=29), d.replace(), d.replace(2022, 3))
print(d + timedelta(days=30), d - timedelta(days=2), timedelta(1) + d, d + timedelta(hours=47), d - timedelta(hours=1))
print(d - date(2019, 1, 2), date(2019, 1, 2) - d, repr(d - d))
print(d == date(2020, 1, 2), d != date(2020, 1, 2), d < date(2020, 1, 3), d > date(2020, 1, 3), d <= d, d >= d)
print(d == '2020-01-02', d != 3)
print(hash(d) == hash(date(2020, 1, 2)), len({d, date(2020, 1, 2), date(2020, 1, 3)}))
print(sorted([date(2020, 5, 1), date(2019, 12, 31), d]))
for s in ['2020-01-02', '20200102', '2020-W01', '2020-W01-3', '2020W013', '2020W53', '2021-W52-7', '0001-01-01']:
    show(s, lambda: date.fromisoformat(s))
for s in ['2020-1-2', '2020-01-32', '2020/01/02', '', '2020-01-02T00:00', '2020-01-0x', '2021-W53']:
    show(s, lambda: date.fromisoformat(s))
show('fromisoformat int', lambda: date.fromisoformat(20200102))
show('y0', lambda: date(0, 1, 1))
show('y10000', lambda: date(10000, 1, 1))
show('m0', lambda: date(2020, 0, 1))
show('m13', lambda: date(2020, 13, 1))
show('d0', lambda: date(2020, 1, 0))
show('feb30', lambda: date(2020, 2, 30))
show('feb29', lambda: date(2019, 2, 29))
show('float', lambda: date(2020.0, 1, 1))
show('str', lambda: date('2020', 1, 1))
show('ord0', lambda: date.fromordinal(0))
show('ord big', lambda: date.fromordinal(3652060))
show('max+1', lambda: date.max + timedelta(1))
show('min-1', lambda: date.min - timedelta(1))
show('isocal week', lambda: date.fromisocalendar(2020, 54, 1))
show('isocal week0', lambda: date.fromisocalendar(2020, 0, 1))
show('isocal day', lambda: date.fromisocalendar(2020, 1, 8))
show('isocal year', lambda: date.fromisocalendar(0, 1, 1))
show('isocal 2020-53', lambda: date.fromisocalendar(2020, 53, 5))
show('isocal 2019-53', lambda: date.fromisocalendar(2019, 53, 1))
kind('add int', lambda: d + 1)
kind('sub int', lambda: d - 1)
kind('lt int', lambda: d < 1)
show('replace bad', lambda: d.replace(month=13))
show('fromtimestamp', lambda: date.fromtimestamp(0))
show('fromtimestamp float', lambda: date.fromtimestamp(86399.9))
show('fromtimestamp neg', lambda: date.fromtimestamp(-1))
t = date.today()
print(type(t).__name__, t == date.fromtimestamp(time.time()) or t + timedelta(1) == date.fromtimestamp(time.time()))

class MyDate(date):
    def tomorrow(self):
        return self + timedelta(1)

m = MyDate(2020, 2, 28)
print(repr(m), m, type(m.tomorrow()).__name__, m.tomorrow(), type(m.replace(day=1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2020-01-01')).__name__, m == date(2020, 2, 28))
