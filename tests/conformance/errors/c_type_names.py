import collections, functools, io, itertools, operator
for c in (collections.OrderedDict(), collections.defaultdict(), collections.deque(), functools.partial(print), io.StringIO(), io.BytesIO(), itertools.count(), itertools.chain(), operator.itemgetter(1)):
    try:
        c < 1
    except TypeError as e:
        print(e)
    try:
        c.nope
    except AttributeError as e:
        print(e)
import datetime as d
import datetime
for a, b in [(d.datetime(2020,1,1), 1), (d.date(2020,1,1), 'x'), (d.timedelta(1), 'x'), (d.time(1), 1)]:
    for op in ('+', '-', '*', '<'):
        try:
            eval('a %s b' % op)
        except TypeError as e:
            print(op, e)
import decimal, asyncio
for v in (decimal.Decimal(1), decimal.getcontext()):
    try:
        v < 'x'
    except TypeError as e:
        print(e)
print([n for n in dir(datetime.date) if 'ouro' in n], datetime.date.__name__, datetime.date.__qualname__)
class D(dict): pass
class MyDate(datetime.date): pass
for v in (D(), MyDate(2020, 1, 1)):
    try:
        v < 1
    except TypeError as e:
        print(e)
    try:
        v.nope
    except AttributeError as e:
        print(e)
