# datetime.time and datetime.datetime: construction, fields, repr/str,
# isoformat timespecs, replace, combine, arithmetic, comparisons, hashing,
# timestamps (the host's local time is UTC, as on the reference machine).
import time as _time
from datetime import date, time, datetime, timedelta, timezone

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = time(12, 30)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(0, 0, 0, 5)))
print(repr(time(1, 2, fold=1)), repr(time(1, 2, 3, tzinfo=timezone.utc, fold=1)))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time.min), repr(time.max), repr(time.resolution))
x = time(1, 2, 3, 456789)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, x.isoformat(spec), time(1, 2).isoformat(timespec=spec))
print(x.replace(hour=5), x.replace(microsecond=0), x.replace(tzinfo=timezone.utc), repr(x.replace(fold=1)))
print(t == time(12, 30), t < time(12, 31), t > x, t <= t, t >= x, t != x, t == 1230)
print(hash(t) == hash(time(12, 30)), len({t, time(12, 30), x}), bool(time()))
print(sorted([t, x, time(0)]))

dt = datetime(2020, 1, 2, 3, 4, 5, 6)
print(dt, repr(dt), repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3, 4, 5)))
print(repr(datetime(2020, 1, 2, fold=1)), repr(datetime(2020, 1, 2, 0, 0, 1, tzinfo=timezone.utc)))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(isinstance(dt, date), issubclass(datetime, date), repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), datetime(2020, 1, 2).isoformat(' ', spec))
print(dt.isoformat('_'), str(datetime(1, 1, 1)), dt.ctime(), dt.weekday(), dt.isocalendar(), dt.toordinal())
print(dt.timetuple(), dt.utctimetuple())
print(repr(dt.replace(year=2021, microsecond=0)), repr(dt.replace(tzinfo=timezone.utc)), repr(dt.replace(fold=1)))
print(repr(datetime.combine(date(2020, 5, 6), time(7, 8, 9))))
print(repr(datetime.combine(date(2020, 5, 6), time(7, 8, tzinfo=timezone.utc))))
print(repr(datetime.combine(dt, time(1), tzinfo=timezone(timedelta(hours=2)))))

print(dt + timedelta(days=1, hours=23), dt - timedelta(microseconds=7), timedelta(seconds=1) + dt)
print(dt + timedelta(days=-800), dt - datetime(2019, 12, 31), datetime(2019, 12, 31) - dt)
print(repr(datetime(2020, 3, 1) - datetime(2020, 2, 28, 12)), datetime(2020, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(dt == datetime(2020, 1, 2, 3, 4, 5, 6), dt < datetime(2021, 1, 1), dt > datetime(2021, 1, 1), dt != dt)
print(dt == dt.replace(fold=1), hash(dt) == hash(dt.replace(fold=1)), len({dt, dt.replace(), datetime(2020, 1, 2)}))
print(dt == date(2020, 1, 2), date(2020, 1, 2) == dt, dt != date(2020, 1, 2), datetime(2020, 1, 2) == date(2020, 1, 2))
show('dt < date', lambda: dt < date(2020, 1, 2))
show('date < dt', lambda: date(2020, 1, 2) < dt)
try:
    date(2020, 1, 2) - dt
except TypeError as e:
    print('date - dt', type(e).__name__)  # CPython names 'datetime.date'
print(sorted([dt, datetime(2019, 1, 1), datetime(2020, 1, 2)]))

# Timestamps: the reference machine runs on UTC, as every ouro host does.
for ts in [0, 1, -1, 86399.5, 1234567890.123456, 1e9 + 0.0000005, 1e9 + 0.0000015, -0.5, 951782400, 4102444800]:
    a = datetime.fromtimestamp(ts)
    b = datetime.utcfromtimestamp(ts)
    print(ts, repr(a), repr(b), a.timestamp(), repr(datetime.fromtimestamp(ts, timezone.utc)))
print(datetime(1970, 1, 1).timestamp(), datetime(2000, 1, 1, 0, 0, 0, 1).timestamp(), datetime(1969, 12, 31, 23, 59).timestamp())
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
now = datetime.now()
print(type(now).__name__, now.tzinfo, abs(now.timestamp() - _time.time()) < 5)
print(abs(datetime.utcnow() - now) < timedelta(seconds=5), abs(datetime.today() - now) < timedelta(seconds=5))
n2 = datetime.now(timezone.utc)
print(repr(n2.tzinfo), abs(n2.timestamp() - _time.time()) < 5)

class Stamp(datetime):
    pass

s = Stamp(2020, 1, 2, 3)
print(repr(s), type(s + timedelta(1)).__name__, type(s.replace(day=3)).__name__, type(Stamp.fromtimestamp(0)).__name__)
print(type(Stamp.combine(date(2020, 1, 1), time())).__name__, type(Stamp.now()).__name__, s - datetime(2020, 1, 1))
