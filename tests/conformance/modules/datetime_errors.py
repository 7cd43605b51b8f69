# datetime constructor checks and the exceptions of bad arguments, with
# CPython 3.11's messages.
from datetime import date, time, datetime, timedelta, timezone

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('date float', lambda: date(2020, 1.5, 1))
show('date none', lambda: date(2020, None, 1))
show('date neg', lambda: date(-1, 1, 1))
show('time hour', lambda: time(24))
show('time neg hour', lambda: time(-1))
show('time minute', lambda: time(1, 60))
show('time second', lambda: time(1, 1, 60))
show('time micro', lambda: time(1, 1, 1, 1000000))
show('time micro neg', lambda: time(1, 1, 1, -1))
show('time fold', lambda: time(1, fold=2))
show('time float', lambda: time(1.0))
show('dt hour', lambda: datetime(2020, 1, 1, 24))
show('dt minute', lambda: datetime(2020, 1, 1, 1, 60))
show('dt second', lambda: datetime(2020, 1, 1, 1, 1, 60))
show('dt micro', lambda: datetime(2020, 1, 1, 1, 1, 1, 10**6))
show('dt fold', lambda: datetime(2020, 1, 1, fold=-1))
show('dt day', lambda: datetime(2021, 2, 29))
show('dt month', lambda: datetime(2021, 0, 1))
show('dt year', lambda: datetime(10000, 1, 1))
show('dt str', lambda: datetime('2020', 1, 1))
show('dt max+1us', lambda: datetime.max + timedelta(microseconds=1))
show('dt min-1us', lambda: datetime.min - timedelta(microseconds=1))
show('dt min - max', lambda: datetime.min - datetime.max)
show('dt max - min', lambda: datetime.max - datetime.min)
show('combine', lambda: datetime.combine(5, time()))
show('combine time', lambda: datetime.combine(date(2020, 1, 1), 5))
show('replace day', lambda: datetime(2020, 1, 31).replace(month=2))
show('replace hour', lambda: datetime(2020, 1, 31).replace(hour=99))
show('replace tz', lambda: datetime(2020, 1, 31).replace(tzinfo=1))
show('time replace', lambda: time(1).replace(minute=-1))
show('fromordinal str', lambda: date.fromordinal('1'))
show('fromtimestamp str', lambda: datetime.fromtimestamp('0'))
show('fromtimestamp nan', lambda: datetime.fromtimestamp(float('nan')))
show('utcfromtimestamp big', lambda: datetime.utcfromtimestamp(1e12 * 400))
show('timedelta neg huge', lambda: timedelta(weeks=-200000000))
show('timedelta float huge', lambda: timedelta(days=1e10))
show('td * nan', lambda: timedelta(1) * float('nan'))
show('td * inf', lambda: timedelta(1) * float('inf'))
show('td / nan', lambda: timedelta(1) / float('nan'))
show('isocal float', lambda: date.fromisocalendar(2020.0, 1, 1))
show('set year', lambda: setattr(date(2020, 1, 1), 'year', 5))
show('set hour', lambda: setattr(datetime(2020, 1, 1), 'hour', 5))
show('set tzinfo', lambda: setattr(time(1), 'tzinfo', None))
show('del month', lambda: delattr(date(2020, 1, 1), 'month'))
show('date kw', lambda: date(year=2020, month=2, day=3))
show('dt kw', lambda: datetime(year=2020, month=2, day=3, hour=4, tzinfo=timezone.utc, fold=1))
show('time kw', lambda: time(hour=4, minute=5, second=6, microsecond=7, fold=1))
show('bool fields', lambda: date(2020, True, True))

class Idx:
    def __index__(self):
        return 7

show('index', lambda: date(2020, Idx(), Idx()))
show('index time', lambda: time(Idx(), Idx()))
