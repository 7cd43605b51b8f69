# datetime formatting and parsing: strftime directives, __format__,
# f-strings, isoformat round trips, fromisoformat variants, strptime.
from datetime import date, time, datetime, timedelta, timezone

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

directives = 'a A b B c d f H I j m M p S U w W x X y Y z Z % e G V u C D F T R h'
samples = [datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2021, 12, 31, 23, 59, 59),
           datetime(2000, 2, 29, 12, 0), datetime(1999, 1, 3, 0, 30),
           datetime(2024, 6, 15, 13, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30))),
           datetime(2010, 1, 1, tzinfo=timezone.utc),
           datetime(2010, 7, 4, 18, 7, tzinfo=timezone(-timedelta(hours=3, seconds=1), 'X%Y'))]
for d in samples:
    print(' | '.join(f'%{c}={d.strftime("%" + c)}' for c in directives.split()))
for y in [1, 99, 999, 1000, 2023, 9999]:
    print(date(y, 7, 8).strftime('%Y %y %C %G %j %U %W'), date(y, 1, 1).strftime('%a %U %W %V'))
d = date(2020, 1, 2)
print(d.strftime('%Y-%m-%d %H:%M:%S %f [%z] [%Z] %p %I'), d.strftime(''), d.strftime('no directives'), d.strftime('100%%'))
t = time(13, 14, 15, 16)
print(t.strftime('%H %I %M %S %f %p %Y-%m-%d %j [%z] [%Z]'), time(0, 5).strftime('%I %p'), time(12, 5).strftime('%I %p'))
print(time(1, tzinfo=timezone(timedelta(hours=-1, minutes=-30))).strftime('%z %Z'))
print(f'{d}', f'{d:%A %d %B %Y}', f'{t}', f'{t:%H.%M}', f'{samples[0]}', f'{samples[0]:%c}', format(d, ''), format(samples[4]))
print('{:%Y}'.format(d), '{0:%H:%M}'.format(t), '{}'.format(samples[4]))
print(d.ctime(), samples[0].ctime(), date(2020, 1, 12).ctime())

for s in ['2020-01-02', '2020-01-02T03:04', '2020-01-02T03:04:05', '2020-01-02 03:04:05.123',
          '2020-01-02T03:04:05.123456', '2020-01-02T03:04:05,5', '2020-01-02T03:04:05.1234567',
          '2020-01-02T03:04:05+05:30', '2020-01-02T03:04:05-0800', '2020-01-02T03:04:05Z',
          '2020-01-02T03:04:05.5+01:00:30', '2020-01-02T03', '20200102T030405', '20200102',
          '2020-W01-1T10:00', '2020-01-02x03:04:05', '2020-01-02T0304', '2020-01-02T03:04:05+00:00']:
    show(s, lambda: datetime.fromisoformat(s))
for s in ['2020-01-02T', '2020-01-02T25:00', '2020-01-02T03:04:05+', '2020-01-02T03:4', 'x', '2020-01-02T03:04:05.']:
    show(s, lambda: datetime.fromisoformat(s))
for s in ['12:30', '12:30:05', '12:30:05.25', '123005', '12', 'T12:30', '12:30:05+01:00', '12:30Z',
          '12:30:05.123456789', '1230', '12:30:05-00:30']:
    show(s, lambda: time.fromisoformat(s))
for s in ['24:00', '12:60', '12:30:', '', 'noon', '12:30:05.']:
    show(s, lambda: time.fromisoformat(s))
for x in samples + [datetime(1, 1, 1), datetime.max]:
    print(datetime.fromisoformat(x.isoformat()) == x, datetime.fromisoformat(str(x)) == x)
print(time.fromisoformat(t.isoformat()) == t, date.fromisoformat(d.isoformat()) == d)

cases = [('2020-03-04', '%Y-%m-%d'), ('20200304', '%Y%m%d'), ('04/03/20', '%d/%m/%y'),
         ('04/03/70', '%d/%m/%y'), ('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'),
         ('2020-03-04 05:06:07.5', '%Y-%m-%d %H:%M:%S.%f'), ('5:06 PM', '%I:%M %p'),
         ('12:00 am', '%I:%M %p'), ('12:00 PM', '%I:%M %p'), ('Mar 4 2020', '%b %d %Y'),
         ('march 4, 2020', '%B %d, %Y'), ('Wednesday, 4 March 2020', '%A, %d %B %Y'),
         ('Wed Mar  4 05:06:07 2020', '%c'), ('03/04/20', '%x'), ('05:06:07', '%X'),
         ('2020 064', '%Y %j'), ('2020-03-04T05:06:07+0530', '%Y-%m-%dT%H:%M:%S%z'),
         ('2020-03-04T05:06:07-08:00', '%Y-%m-%dT%H:%M:%S%z'), ('2020-03-04 Z', '%Y-%m-%d %z'),
         ('2020-03-04 +01:02:03.5', '%Y-%m-%d %z'), ('2020-03-04 UTC', '%Y-%m-%d %Z'),
         ('100% 2020', '100%% %Y'), ('  2020   3', ' %Y %m'), ('2020-3-4 5:6:7', '%Y-%m-%d %H:%M:%S'),
         ('Wed 2020-03-04', '%a %Y-%m-%d'), ('2020-03-04 +0000 UTC', '%Y-%m-%d %z %Z'),
         ('', ''), ('1999', '%Y'), ('%c 2020', '%%c %Y'), ('2020 366 12 25', '%Y %j %m %d'),
         ('2021 366', '%Y %j'), ('Feb 29', '%b %d'), ('2020-03-04 +01:0203', '%Y-%m-%d %z'),
         ('2020-03-04 -01:02:03', '%Y-%m-%d %z'), ('2020-03-04 -010203.123', '%Y-%m-%d %z')]
for s, f in cases:
    show(f'{s!r} {f!r}', lambda: datetime.strptime(s, f))
for s, f in [('2020-03-04', '%Y/%m/%d'), ('2020-03-04x', '%Y-%m-%d'), ('2020-02-30', '%Y-%m-%d'),
             ('2020', '%Q'), ('2020', '%Y%'), ('13:00 PM', '%I:%M %p'), ('2020-13-01', '%Y-%m-%d'),
             ('25:00', '%H:%M'), ('abc', '%Y'), ('2020-03-04 +2500', '%Y-%m-%d %z')]:
    show(f'{s!r} {f!r}', lambda: datetime.strptime(s, f))
show('strptime int', lambda: datetime.strptime(2020, '%Y'))
show('strftime int', lambda: d.strftime(5))
show('format int', lambda: d.__format__(5))
show('bad timespec', lambda: t.isoformat('seconds!'))
show('bad dt timespec', lambda: samples[0].isoformat(timespec='days'))
show('bad sep', lambda: samples[0].isoformat('ab'))
show('fromisoformat bytes', lambda: datetime.fromisoformat(b'2020-01-01'))
show('time fromisoformat None', lambda: time.fromisoformat(None))
# glibc's flags and extra directives, which CPython passes through.
for x in [datetime(2020, 1, 2, 3, 4, 5), datetime(1999, 11, 22, 13, 0, 9), datetime(5, 6, 7, 0, 0)]:
    print(x.strftime('%-d %-m %_d %_m %0e %^a %^B %-j %_j %-I %-H %-y %-M %-S %k %l %P %r %s %^p %-Y %_H'))
print(datetime(2020, 1, 2).strftime('%Q %-Q %'))
