# datetime.timezone and tzinfo: fixed offsets, names, reprs, utc/UTC,
# aware arithmetic and comparisons, astimezone, a custom tzinfo subclass.
import datetime as dtmod
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), 'EST')
odd = timezone(timedelta(hours=1, seconds=7, microseconds=8))
print(repr(timezone.utc), repr(UTC), UTC is timezone.utc, dtmod.UTC is timezone.utc, timezone(timedelta(0)) is UTC)
print(repr(ist), repr(est), repr(odd), repr(timezone(timedelta(0), 'Z')), repr(timezone.min), repr(timezone.max))
print(str(UTC), str(ist), str(est), str(odd), str(timezone(-timedelta(minutes=90))), str(timezone.min))
print(ist.utcoffset(None), est.tzname(None), ist.dst(None), odd.tzname(datetime(2020, 1, 1)), UTC.utcoffset(None))
print(ist == timezone(timedelta(minutes=330), 'India'), ist != est, hash(ist) == hash(timezone(timedelta(minutes=330))))
print(isinstance(ist, tzinfo), issubclass(timezone, tzinfo), len({UTC, timezone(timedelta(0), 'x'), ist}))

a = datetime(2020, 6, 1, 12, 0, tzinfo=ist)
b = datetime(2020, 6, 1, 1, 30, tzinfo=est)
print(a, b, repr(a), a.utcoffset(), a.tzname(), a.dst(), b.tzname())
print(a == b, a - b, b - a, a < b, hash(a) == hash(b), a == a.astimezone(UTC), len({a, b}))
print(a.astimezone(UTC), a.astimezone(est), b.astimezone(ist), repr(b.astimezone(UTC)))
print(a.astimezone(ist) is a, repr(a.astimezone()), repr(datetime(2020, 1, 1).astimezone()))
print(repr(datetime(2020, 1, 1).astimezone(ist)), datetime(2020, 1, 1, tzinfo=UTC).timestamp(), a.timestamp())
print(a.utctimetuple(), a.timetuple())
print(a + timedelta(hours=20), repr(a - timedelta(days=1)), (a + timedelta(1)).tzinfo is ist)
print(repr(datetime.fromtimestamp(0, ist)), repr(datetime.fromtimestamp(1e9, est)), datetime.fromtimestamp(86400.25, UTC))
print(repr(UTC.fromutc(datetime(2020, 1, 1, tzinfo=UTC))), repr(ist.fromutc(datetime(2020, 1, 1, tzinfo=ist))))
print(a.isoformat(), b.isoformat(timespec='minutes'), datetime(2020, 1, 1, tzinfo=odd).isoformat())
print(time(1, 2, tzinfo=ist), repr(time(1, 2, tzinfo=ist)), time(1, 2, tzinfo=ist).utcoffset(), time(1, 2, tzinfo=est).tzname())
print(time(12, tzinfo=ist) == time(6, 30, tzinfo=UTC), time(12, tzinfo=ist) < time(7, tzinfo=UTC), time(1) == time(1, tzinfo=UTC))
print(hash(time(12, tzinfo=ist)) == hash(time(6, 30, tzinfo=UTC)), time(1).utcoffset(), time(1).tzname(), time(1).dst())

naive = datetime(2020, 6, 1, 12)
print(naive == a, naive != a, naive.utcoffset(), naive.tzname(), naive.dst())
show('naive < aware', lambda: naive < a)
show('aware >= naive', lambda: a >= naive)
show('naive - aware', lambda: naive - a)
show('time naive < aware', lambda: time(1) < time(1, tzinfo=UTC))
show('timezone(int)', lambda: timezone(5))
show('timezone(day)', lambda: timezone(timedelta(hours=24)))
show('timezone(-day)', lambda: timezone(-timedelta(hours=24)))
show('timezone name', lambda: timezone(timedelta(hours=1), 5))
show('utcoffset arg', lambda: ist.utcoffset(5))
show('tzname arg', lambda: ist.tzname('x'))
show('fromutc other', lambda: ist.fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
show('fromutc naive', lambda: ist.fromutc(datetime(2020, 1, 1)))
show('astimezone int', lambda: a.astimezone(5))
show('tzinfo int', lambda: datetime(2020, 1, 1, tzinfo=5))
show('time tzinfo str', lambda: time(1, tzinfo='UTC'))
show('fromtimestamp tz', lambda: datetime.fromtimestamp(0, 'UTC'))

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return f'Fixed({self.name})'

f = Fixed(-90, 'F')
c = datetime(2020, 1, 1, 10, tzinfo=f)
print(repr(c), c, c.utcoffset(), c.tzname(), c.dst(), c.astimezone(UTC), repr(c.astimezone(Fixed(60, 'G'))))
print(c.timetuple().tm_isdst, c == datetime(2020, 1, 1, 11, 30, tzinfo=UTC), c.strftime('%z %Z'))
print(repr(UTC.fromutc(c.astimezone(UTC))), f.fromutc(datetime(2020, 1, 1, tzinfo=f)))

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 7
    def dst(self, dt):
        return timedelta(days=2)

class Huge(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)

bad = datetime(2020, 1, 1, tzinfo=Bad())
show('bad utcoffset', lambda: bad.utcoffset())
show('bad tzname', lambda: bad.tzname())
show('bad dst', lambda: bad.dst())
show('huge utcoffset', lambda: datetime(2020, 1, 1, tzinfo=Huge()).utcoffset())
import copy
for x in [UTC, ist, est, a, time(1, tzinfo=est), timedelta(1, 2, 3), date(2020, 1, 2), datetime(2020, 1, 2, fold=1)]:
    c1 = copy.copy(x)
    c2 = copy.deepcopy(x)
    print(repr(c1), repr(c2), c1 == x, c2 == x, type(c2).__name__)
print(copy.copy(UTC) is UTC, copy.deepcopy(UTC) is UTC, copy.deepcopy([a])[0].tzinfo == ist)
bare = tzinfo()
for name in ['utcoffset', 'tzname', 'dst']:
    show('base ' + name, lambda: getattr(bare, name)(None))
show('base naive', lambda: datetime(2020, 1, 1, tzinfo=bare).utcoffset())
