# Standard-library functions CPython 3.11 implements in C have no frames:
# a traceback through them shows the caller's line, then the error (or the
# frames of the Python function they called). ouro writes them in Python
# and hides their frames, so its tracebacks match.
# conformance: full traceback
import bisect
import collections
import csv
import datetime
import functools
import heapq
import io
import itertools
import operator
import struct
import sys
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()


show(lambda: list(itertools.islice([], -1)))
show(lambda: list(itertools.accumulate([1, None])))
show(lambda: list(itertools.starmap(lambda a: 1 / a, [(0,)])))
show(lambda: heapq.heappush(1, 2))
show(lambda: heapq.heappush([1], None))
show(lambda: bisect.bisect([1, None], 2))
show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
show(lambda: functools.partial(lambda x: 1 / x, 0)())
show(lambda: sorted([2, 1], key=functools.cmp_to_key(lambda a, b: 1 / 0)))
show(lambda: operator.itemgetter(5)([1]))
show(lambda: operator.attrgetter("nope")(1))
show(lambda: collections.deque([1]).remove(5))
show(lambda: collections.deque([1]).index(5))
show(lambda: collections.defaultdict(lambda: 1 / 0)["k"])
show(lambda: collections.OrderedDict().move_to_end("k"))
show(lambda: struct.pack("i", "x"))
show(lambda: io.StringIO().write(5))
show(lambda: datetime.date(2020, 13, 1))
show(lambda: list(csv.reader(["a,b"], delimiter="ab")))
show(lambda: functools.lru_cache(lambda x: 1 / x)(0))


def who():
    return sys._getframe(1).f_code.co_name


# A user function called from C code sees its Python caller as f_back.
def caller():
    return list(map(lambda _: who(), [1])), functools.reduce(lambda a, b: who(), [1, 2])


print(caller())
heapq.heappop([])
