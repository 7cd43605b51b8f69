"""Dates, times and durations, written for ouro.

timedelta, date, time, datetime, tzinfo and timezone with CPython 3.11's
public behaviour: constructors and their checks, arithmetic, comparisons,
isoformat/fromisoformat, strftime/strptime (the common directives, C
locale), isocalendar/fromisocalendar and fixed-offset time zones.

The clock is the host's (time.time()). ouro has no time zone database:
local time is whatever time.localtime reports (UTC on every ouro host so
far), so naive datetimes are read as that local time. Pickling support,
the C API capsule and tz names beyond fixed offsets are not here.
"""

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

# ---------------------------------------------------------------------------
# Calendar arithmetic on the proleptic Gregorian calendar. Day 1 is
# 0001-01-01.

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Days in the months before month m of a common year, m = 1..12.
_MONTH_START = [0, 0]
for _m in range(1, 12):
    _MONTH_START.append(_MONTH_START[-1] + _MONTH_DAYS[_m])
del _m

_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400 * 1000000

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November",
                "December")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_DAYS[m]


def _days_before_year(y):
    # Days in the years 1 .. y-1.
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _days_before_month(y, m):
    return _MONTH_START[m] + (1 if m > 2 and _leap(y) else 0)


def _to_ordinal(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _from_ordinal(n):
    # (year, month, day) of day number n: estimate the year from the mean
    # Gregorian year length, then correct it by whole years.
    y = (n - 1) * 400 // 146097 + 1
    while _days_before_year(y + 1) < n:
        y += 1
    while _days_before_year(y) >= n:
        y -= 1
    left = n - _days_before_year(y)  # day of the year, from 1
    extra = 1 if _leap(y) else 0
    # No month is longer than 31 days, so this never overshoots.
    m = (left - 1) // 31 + 1
    while m < 12 and _MONTH_START[m + 1] + (extra if m >= 2 else 0) < left:
        m += 1
    return y, m, left - _MONTH_START[m] - (extra if m > 2 else 0)


def _iso_week1_monday(year):
    # Ordinal of the Monday starting ISO week 1 (the week holding Jan 4).
    jan1 = _to_ordinal(year, 1, 1)
    wd = (jan1 + 6) % 7
    start = jan1 - wd
    if wd > 3:
        start += 7
    return start


def _type_name(obj):
    t = type(obj)
    if t.__module__ == "datetime":
        return "datetime." + t.__name__
    return t.__name__


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError(
        f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _check_date(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_len(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    fold = _as_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        f"subclass, not type '{type(tz).__name__}'")


def _round_div(a, b):
    # a / b rounded to the nearest int, ties to even.
    q, r = divmod(a, b)
    twice = 2 * r
    if b > 0:
        up = twice > b or (twice == b and q % 2 == 1)
    else:
        up = twice < b or (twice == b and q % 2 == 1)
    return q + 1 if up else q


def _checked_offset(name, offset):
    # A utcoffset()/dst() result: None or a timedelta under a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _offset_text(off, sep):
    # "+HH:MM[:SS[.ffffff]]" of a timedelta (sep between the fields).
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    text = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or off.microseconds:
        text += f"{sep}{ss:02d}"
        if off.microseconds:
            text += f".{off.microseconds:06d}"
    return text


def _clock_text(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _local_fields(secs):
    # The broken-down local time of whole seconds since the epoch.
    t = _time.localtime(secs)
    return t[0], t[1], t[2], t[3], t[4], t[5]


def _utc_fields(secs):
    days, rest = divmod(secs, 86400)
    y, m, d = _from_ordinal(days + 719163)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


def _epoch_seconds(y, m, d, hh, mm, ss):
    return (_to_ordinal(y, m, d) - 719163) * 86400 + hh * 3600 + mm * 60 + ss


def _split_timestamp(t):
    # (whole seconds, microseconds) of a timestamp; a float's fraction is
    # rounded to the microsecond, ties to even.
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("cannot convert float infinity to integer")
        whole = int(t)
        us = round((t - whole) * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    if isinstance(t, int):
        return int(t), 0
    raise TypeError(
        f"'{type(t).__name__}' object cannot be interpreted as an integer")


# ---------------------------------------------------------------------------
# strftime

_WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")


def _format(obj, fmt, fields, tz_owner):
    # fields: (y, m, d, hh, mm, ss, us); tz_owner: the object whose
    # utcoffset()/tzname() give %z and %Z (None for a date).
    if not isinstance(fmt, str):
        raise TypeError(
            f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    y, m, d, hh, mm, ss, us = fields
    ordinal = _to_ordinal(y, m, d)
    wd = (ordinal + 6) % 7          # Monday is 0
    yday = ordinal - _to_ordinal(y, 1, 1)  # 0-based
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        flag = ""
        if c in "-_0^" and i < n:
            # glibc's flags: no padding, space padding, zero padding,
            # upper case.
            flag = c
            c = fmt[i]
            i += 1
        start = len(out)
        if c == "Y":
            out.append(str(y))
        elif c == "m":
            out.append(f"{m:02d}")
        elif c == "d":
            out.append(f"{d:02d}")
        elif c == "e":
            out.append(f"{d:2d}")
        elif c == "H":
            out.append(f"{hh:02d}")
        elif c == "I":
            out.append(f"{(hh + 11) % 12 + 1:02d}")
        elif c == "M":
            out.append(f"{mm:02d}")
        elif c == "S":
            out.append(f"{ss:02d}")
        elif c == "f":
            out.append(f"{us:06d}")
        elif c == "y":
            out.append(f"{y % 100:02d}")
        elif c == "C":
            out.append(str(y // 100))
        elif c == "a":
            out.append(_WEEKDAY_ABBR[wd])
        elif c == "A":
            out.append(_DAY_NAMES[wd])
        elif c == "b" or c == "h":
            out.append(_MONTH_ABBR[m])
        elif c == "B":
            out.append(_MONTH_NAMES[m])
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "j":
            out.append(f"{yday + 1:03d}")
        elif c == "w":
            out.append(str((wd + 1) % 7))
        elif c == "u":
            out.append(str(wd + 1))
        elif c == "U":
            out.append(f"{(yday + 7 - (wd + 1) % 7) // 7:02d}")
        elif c == "W":
            out.append(f"{(yday + 7 - wd) // 7:02d}")
        elif c == "G" or c == "V":
            iy, iw, _ = _iso_calendar(ordinal)
            out.append(str(iy) if c == "G" else f"{iw:02d}")
        elif c == "c":
            out.append(f"{_WEEKDAY_ABBR[wd]} {_MONTH_ABBR[m]} {d:2d} "
                       f"{hh:02d}:{mm:02d}:{ss:02d} {y}")
        elif c == "x" or c == "D":
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif c == "X" or c == "T":
            out.append(f"{hh:02d}:{mm:02d}:{ss:02d}")
        elif c == "R":
            out.append(f"{hh:02d}:{mm:02d}")
        elif c == "F":
            out.append(f"{y}-{m:02d}-{d:02d}")
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "z":
            if tz_owner is not None:
                out.append(_offset_text(tz_owner.utcoffset(), ""))
        elif c == "Z":
            if tz_owner is not None:
                name = tz_owner.tzname()
                if name is not None:
                    out.append(name)
        elif c == "k":
            out.append(f"{hh:2d}")
        elif c == "l":
            out.append(f"{(hh + 11) % 12 + 1:2d}")
        elif c == "P":
            out.append("am" if hh < 12 else "pm")
        elif c == "r":
            out.append(f"{(hh + 11) % 12 + 1:02d}:{mm:02d}:{ss:02d} "
                       + ("AM" if hh < 12 else "PM"))
        elif c == "s":
            secs = _epoch_seconds(y, m, d, hh, mm, ss)
            out.append(str(secs - _local_offset(secs)))
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + flag + c)
            continue
        if flag and len(out) > start:
            out[-1] = _flagged(out[-1], flag)
    return "".join(out)


def _flagged(text, flag):
    # A directive's text under a glibc flag (the padding flags change
    # only numbers).
    if flag == "^":
        return text.upper()
    number = text.lstrip(" ")
    if not number.isdigit():
        return text
    digits = number.lstrip("0") or "0"
    if flag == "-":
        return digits
    return digits.rjust(len(text), " " if flag == "_" else "0")


def _iso_calendar(ordinal):
    y = _from_ordinal(ordinal)[0]
    start = _iso_week1_monday(y)
    week, day = divmod(ordinal - start, 7)
    if week < 0:
        y -= 1
        start = _iso_week1_monday(y)
        week, day = divmod(ordinal - start, 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(y + 1):
        y += 1
        week = 0
    return y, week + 1, day + 1


# ---------------------------------------------------------------------------
# ISO 8601 parsing


def _digits(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    # (year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D].
    year = _digits(s, 0, 4)
    rest = s[4:]
    dash = rest[:1] == "-"
    if dash:
        rest = rest[1:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        tail = rest[3:]
        day = 1
        if tail:
            if dash:
                if tail[:1] != "-" or len(tail) != 2:
                    raise ValueError
                tail = tail[1:]
            if len(tail) != 1:
                raise ValueError
            day = _digits(tail, 0, 1)
        return _iso_to_ymd(year, week, day)
    if len(rest) != (5 if dash else 4):
        raise ValueError
    month = _digits(rest, 0, 2)
    if dash:
        if rest[2] != "-":
            raise ValueError
        day = _digits(rest, 3, 2)
    else:
        day = _digits(rest, 2, 2)
    return year, month, day


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        wd = (_to_ordinal(year, 1, 1) + 6) % 7
        if not (week == 53 and (wd == 3 or (wd == 2 and _leap(year)))):
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _from_ordinal(ordinal)


def _parse_iso_time(s):
    # (hour, minute, second, microsecond, tzinfo) of an ISO 8601 time:
    # HH[[:]MM[[:]SS[{.,}f+]]] then Z or +-HH[[:]MM[[:]SS[.f+]]].
    tz = None
    for k, c in enumerate(s):
        if c in "+-Z":
            clock, zone = s[:k], s[k:]
            if zone == "Z":
                tz = timezone.utc
            else:
                hh, mm, ss, us = _parse_clock(zone[1:])
                off = timedelta(hours=hh, minutes=mm, seconds=ss,
                                microseconds=us)
                if zone[0] == "-":
                    off = -off
                tz = timezone(off)
            s = clock
            break
    return _parse_clock(s) + (tz,)


def _parse_clock(s):
    if not s:
        raise ValueError
    colon = len(s) > 2 and s[2] == ":"
    values = [0, 0, 0]
    pos = 0
    for k in range(3):
        values[k] = _digits(s, pos, 2)
        pos += 2
        if pos == len(s):
            return values[0], values[1], values[2], 0
        c = s[pos]
        if k < 2 and colon:
            if c != ":":
                if k == 1 and c in ".,":
                    break
                raise ValueError
            pos += 1
        elif k == 2 or c in ".,":
            break
    if k < 2 or s[pos] not in ".,":
        raise ValueError
    frac = s[pos + 1:]
    if not frac or not all("0" <= c <= "9" for c in frac):
        raise ValueError
    us = int((frac + "00000")[:6])
    return values[0], values[1], values[2], us


class _Field:
    # A read-only attribute kept in the instance as "_" + name. CPython's
    # timedelta fields say "readonly attribute" when set or deleted, the
    # others name themselves and their class (owner).

    def __init__(self, name, owner=None):
        self._slot = "_" + name
        self._name = name
        self._owner = owner

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        self.__delete__(obj)

    def __delete__(self, obj):
        if self._owner is None:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"attribute '{self._name}' of '{self._owner}' "
                             "objects is not writable")


# ---------------------------------------------------------------------------
# timedelta

_TD_FACTORS = (("microseconds", 1), ("milliseconds", 1000),
               ("seconds", 1000000), ("minutes", 60000000),
               ("hours", 3600000000), ("days", _US_PER_DAY),
               ("weeks", 7 * _US_PER_DAY))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999).

    The constructor takes days, seconds, microseconds, milliseconds,
    minutes, hours and weeks, ints or floats, and normalizes them."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        values = {"days": days, "seconds": seconds,
                  "microseconds": microseconds,
                  "milliseconds": milliseconds, "minutes": minutes,
                  "hours": hours, "weeks": weeks}
        total = 0
        leftover = 0.0
        for name, factor in _TD_FACTORS:
            v = values[name]
            if isinstance(v, int):
                total += int(v) * factor
            elif isinstance(v, float):
                whole = int(v)  # raises for inf and nan, as CPython does
                total += whole * factor
                frac = v - whole
                if frac:
                    # The fraction is scaled in floating point; its own
                    # fraction is carried to the final rounding.
                    scaled = frac * float(factor)
                    part = int(scaled)
                    total += part
                    leftover += scaled - part
            else:
                raise TypeError(f"unsupported type for timedelta {name} "
                                f"component: {type(v).__name__}")
        if leftover:
            low = int(leftover // 1)
            diff = leftover - low
            if diff > 0.5:
                low += 1
            elif diff == 0.5 and (total + low) % 2 == 1:
                low += 1
            total += low
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        seconds, micro = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not -2**31 <= days < 2**31:
            raise OverflowError("Python int too large to convert to C int")
        if not -999999999 <= days <= 999999999:
            raise OverflowError(
                f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = micro
        self._hash = -1
        return self

    days = _Field("days")
    seconds = _Field("seconds")
    microseconds = _Field("microseconds")

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + \
            self._microseconds

    def total_seconds(self):
        """The whole duration in seconds."""
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        if not parts:
            parts.append("0")
        return f"{_type_name(self)}({', '.join(parts)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = f"{self._days} day{plural}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_round_div(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_div(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_div(self._us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash((self._days, self._seconds, self._microseconds))
        return self._hash

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------
# date


def _is_state(value, size):
    # A pickled date, time or datetime: bytes of the given size.
    return isinstance(value, bytes) and len(value) == size


# The default of date's and datetime's month and day: only a pickled
# state may leave them out.
_MISSING = object()


def _check_given(month, day):
    if month is _MISSING:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is _MISSING:
        raise TypeError("function missing required argument 'day' (pos 3)")


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian
    calendar."""

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING and _is_state(year, 4) and 1 <= year[2] <= 12:
            # From a pickle: the bytes __reduce__ gave.
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        _check_given(month, day)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hash = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        secs, _ = _split_timestamp(t)
        if isinstance(t, float):
            secs = int(t // 1)
        y, m, d = _local_fields(secs)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of day n, where 0001-01-01 is day 1."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of an ISO 8601 string such as '2020-01-02'."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) not in (7, 8, 10):
                raise ValueError
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(
                f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week number and weekday."""
        return cls(*_iso_to_ymd(_as_int(year), _as_int(week), _as_int(day)))

    year = _Field("year", "datetime.date")
    month = _Field("month", "datetime.date")
    day = _Field("day", "datetime.date")

    def __repr__(self):
        return f"{_type_name(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        """The date in the style of time.ctime()."""
        return _format(self, "%c", self._fields(), None)

    def _fields(self):
        return (self._year, self._month, self._day, 0, 0, 0, 0)

    def strftime(self, format):
        """The date formatted by strftime directives."""
        return _format(self, format, self._fields(), None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, "
                            f"not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """The date as a time.struct_time."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0,
                                  0, self.weekday(),
                                  self._yday(), -1))

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def toordinal(self):
        """The day number, 0001-01-01 being day 1."""
        return _to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return self.weekday() + 1

    def isocalendar(self):
        """(ISO year, week number, weekday) as an IsoCalendarDate."""
        return IsoCalendarDate(*_iso_calendar(self.toordinal()))

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __reduce__(self):
        # CPython's pickled form: the date packed in four bytes.
        return type(self), (bytes(divmod(self._year, 256) + (self._month, self._day)),)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() != other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash(self._cmp_key())
        return self._hash

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            if type(self) is date:
                return _raw_date(*_from_ordinal(n))
            return type(self)(*_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return (f"{_type_name(self)}(year={self[0]}, week={self[1]}, "
                f"weekday={self[2]})")


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---------------------------------------------------------------------------
# tzinfo and timezone


class tzinfo:
    """Abstract base class for time zone information."""

    def tzname(self, dt):
        """The time zone's name at datetime dt."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """The offset from UTC at datetime dt, east positive."""
        raise NotImplementedError(
            "a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """The daylight saving adjustment at datetime dt."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """The local datetime of dt, a UTC time carrying this tzinfo."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + dst


_SENTINEL = object()


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __new__(cls, offset, name=_SENTINEL):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be "
                            f"datetime.timedelta, not {type(offset).__name__}")
        if name is _SENTINEL:
            name = None
            if not offset and cls is timezone and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError(
                f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24),"
                             f" not {offset!r}.")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return f"{_type_name(self)}({self._offset!r})"
        return f"{_type_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __reduce__(self):
        # (Copies of timezone.utc stay timezone.utc.)
        if self._name is None:
            return type(self), (self._offset,)
        return type(self), (self._offset, self._name)

    def __copy__(self):
        # Immutable; ouro's copy module asks these hooks, not __reduce__.
        if type(self) is timezone:
            return self
        return type(self)(*self.__reduce__()[1])

    def __deepcopy__(self, memo):
        return self.__copy__()

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{what}(dt) argument must be a datetime "
                            f"instance or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance "
                            f"or None, not {type(dt).__name__}")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# ---------------------------------------------------------------------------
# time


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo, fold."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if _is_state(hour, 6) and hour[0] & 0x7f < 24:
            # From a pickle: the bytes __reduce_ex__ gave, then the tzinfo.
            state, tzinfo = hour, minute or None
            hour, fold = state[0] & 0x7f, state[0] >> 7
            minute, second = state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hash = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 string such as '12:30:05.250+01:00'."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s[:1] == "T":
            s = s[1:]
        try:
            fields = _parse_iso_time(s)
        except ValueError:
            raise ValueError(
                f"Invalid isoformat string: {time_string!r}") from None
        return cls(*fields)

    hour = _Field("hour", "datetime.time")
    minute = _Field("minute", "datetime.time")
    second = _Field("second", "datetime.time")
    microsecond = _Field("microsecond", "datetime.time")
    tzinfo = _Field("tzinfo", "datetime.time")
    fold = _Field("fold", "datetime.time")

    def utcoffset(self):
        """The tzinfo's offset (asked with None), or None."""
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """The tzinfo's daylight saving adjustment, or None."""
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """The tzinfo's name, or None."""
        if self._tzinfo is None:
            return None
        return _checked_name(self._tzinfo.tzname(None))

    def isoformat(self, timespec="auto"):
        """'HH:MM:SS[.ffffff][+HH:MM]', timespec choosing the precision."""
        text = _clock_text(self._hour, self._minute, self._second,
                           self._microsecond, timespec)
        return text + _offset_text(self.utcoffset(), ":")

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            body = (f"{self._hour}, {self._minute}, {self._second}, "
                    f"{self._microsecond}")
        elif self._second:
            body = f"{self._hour}, {self._minute}, {self._second}"
        else:
            body = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            body += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            body += ", fold=1"
        return f"{_type_name(self)}({body})"

    def _fields(self):
        return (1900, 1, 1, self._hour, self._minute, self._second,
                self._microsecond)

    def strftime(self, format):
        """The time formatted by strftime directives (date fields are
        1900-01-01)."""
        return _format(self, format, self._fields(), self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, "
                            f"not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * \
            1000000 + self._microsecond

    def __reduce_ex__(self, protocol):
        # CPython's pickled form: six bytes (the fold in the hour's top
        # bit from protocol 4 on), then the tzinfo if there is one.
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 0xff, us & 0xff))
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def _compare(self, other, op):
        return _order_by_offset(self, other, op, "times")

    def __eq__(self, other):
        if isinstance(other, time):
            c = self._compare(other, "==")
            return c == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            c = self._compare(other, "!=")
            return c != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, "<") < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, "<=") <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, ">") > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, ">=") >= 0
        return NotImplemented

    def __hash__(self):
        if self._hash == -1:
            off = self.utcoffset()
            if off is None:
                self._hash = hash((self._hour, self._minute, self._second,
                                   self._microsecond))
            else:
                self._hash = hash(timedelta(microseconds=self._us()) - off)
        return self._hash


def _checked_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        f"not '{type(name).__name__}'")
    return name


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------
# datetime


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10) and 1 <= year[2] & 0x7f <= 12:
            # From a pickle: the bytes __reduce_ex__ gave, then the tzinfo.
            state, tzinfo = year, (None if month is _MISSING else month)
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7f, state[3]
            fold = state[2] >> 7
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        _check_given(month, day)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hash = -1
        return self

    hour = _Field("hour", "datetime.datetime")
    minute = _Field("minute", "datetime.datetime")
    second = _Field("second", "datetime.datetime")
    microsecond = _Field("microsecond", "datetime.datetime")
    tzinfo = _Field("tzinfo", "datetime.datetime")
    fold = _Field("fold", "datetime.datetime")

    # -- construction --------------------------------------------------------

    @classmethod
    def _from_epoch(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        fields = _utc_fields(secs) if utc else _local_fields(secs)
        if not MINYEAR <= fields[0] <= MAXYEAR:
            raise ValueError(f"year {fields[0]} is out of range")
        return cls(*fields, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local datetime of a POSIX timestamp, or, given tz, the
        aware datetime in that zone."""
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_epoch(t, False, None)
        return tz.fromutc(cls._from_epoch(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC datetime of a POSIX timestamp."""
        return cls._from_epoch(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local datetime, or aware in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC datetime, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """The current local datetime, naive."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (tzinfo defaults to the
        time's)."""
        if not isinstance(date, _Date):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            f"not {type(date).__name__}")
        if not isinstance(time, _Time):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            f"not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string such as
        '2020-01-02T03:04:05+00:00'."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        try:
            if len(s) < 7:
                raise ValueError
            n = _iso_date_length(s)
            y, m, d = _parse_iso_date(s[:n])
            rest = s[n:]
            if rest:
                if len(rest) < 2:
                    raise ValueError
                hh, mm, ss, us, tz = _parse_iso_time(rest[1:])
            else:
                hh = mm = ss = us = 0
                tz = None
        except ValueError:
            raise ValueError(
                f"Invalid isoformat string: {date_string!r}") from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime that date_string spells in format."""
        return _strptime(cls, date_string, format)

    # -- conversions ---------------------------------------------------------

    def date(self):
        """The date part."""
        return _Date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return _Time(self._hour, self._minute, self._second,
                           self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part with tzinfo."""
        return _Time(self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        """The tzinfo's offset at this datetime, or None."""
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """The tzinfo's daylight saving adjustment, or None."""
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """The tzinfo's name for this datetime, or None."""
        if self._tzinfo is None:
            return None
        return _checked_name(self._tzinfo.tzname(self))

    def _naive_seconds(self):
        return _epoch_seconds(self._year, self._month, self._day, self._hour,
                              self._minute, self._second)

    def timestamp(self):
        """POSIX timestamp (naive datetimes are local time)."""
        off = self.utcoffset()
        if off is None:
            secs = self._naive_seconds()
            secs -= _local_offset(secs)
            return (secs * 1000000 + self._microsecond) / 10**6
        return (self - _UTC_EPOCH).total_seconds()

    def timetuple(self):
        """The datetime as a time.struct_time."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        """The UTC time as a time.struct_time (dst flag 0)."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((dt.year, dt.month, dt.day, dt.hour,
                                  dt.minute, dt.second, dt.weekday(),
                                  dt._yday(), 0))

    def astimezone(self, tz=None):
        """This instant as a datetime in tz (default: the local zone)."""
        if tz is None:
            tz = _local_zone(self)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            f"subclass, not type '{type(tz).__name__}'")
        mine = self._tzinfo
        if mine is None:
            mine = _local_zone(self)
            off = mine.utcoffset(self)
        else:
            if mine is tz:
                return self
            off = self.utcoffset()
            if off is None:
                mine = _local_zone(self.replace(tzinfo=None))
                off = mine.utcoffset(self)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    # -- text ----------------------------------------------------------------

    def __repr__(self):
        body = (f"{self._year}, {self._month}, {self._day}, {self._hour}, "
                f"{self._minute}")
        if self._microsecond:
            body += f", {self._second}, {self._microsecond}"
        elif self._second:
            body += f", {self._second}"
        if self._fold:
            body += ", fold=1"
        if self._tzinfo is not None:
            body += f", tzinfo={self._tzinfo!r}"
        return f"{_type_name(self)}({body})"

    def isoformat(self, sep="T", timespec="auto"):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            f"character, not {type(sep).__name__}")
        text = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" +
                _clock_text(self._hour, self._minute, self._second,
                            self._microsecond, timespec))
        return text + _offset_text(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        """The datetime in the style of time.ctime()."""
        return _format(self, "%c", self._fields(), None)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond)

    def strftime(self, format):
        """The datetime formatted by strftime directives."""
        return _format(self, format, self._fields(), self)

    def __reduce_ex__(self, protocol):
        # CPython's pickled form: ten bytes (the fold in the month's top
        # bit from protocol 4 on), then the tzinfo if there is one.
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes(divmod(self._year, 256) + (month, self._day, self._hour, self._minute,
                                                 self._second, us >> 16, (us >> 8) & 0xff, us & 0xff))
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)

    # -- arithmetic and comparison -------------------------------------------

    def _us(self):
        return (self._naive_seconds() * 1000000) + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        secs, micro = divmod(us, 1000000)
        days = secs // 86400 + 719163
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        if type(self) is datetime:
            return _raw_datetime(*_utc_fields(secs), micro, self._tzinfo)
        return type(self)(*_utc_fields(secs), micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us() - other._us()
        if self._tzinfo is not other._tzinfo:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError(
                    "can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                diff -= oa._us() - ob._us()
        return timedelta(microseconds=diff)

    def _compare(self, other, op):
        return _order_by_offset(self, other, op, "datetimes")

    def _other(self, other, op):
        # The comparison of self with other, NotImplemented, or (for a
        # plain date) the CPython result: unequal, or a TypeError.
        if isinstance(other, datetime):
            return self._compare(other, op)
        if isinstance(other, _Date):
            if op in ("==", "!="):
                return None
            raise TypeError(f"can't compare {_type_name(self)} to "
                            f"{_type_name(other)}")
        return NotImplemented

    def __eq__(self, other):
        c = self._other(other, "==")
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._other(other, "!=")
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._other(other, "<")
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._other(other, "<=")
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._other(other, ">")
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._other(other, ">=")
        return c if c is NotImplemented else c >= 0

    def __hash__(self):
        if self._hash == -1:
            us = self._us()
            off = self.utcoffset()
            if off is not None:
                us -= off._us()
            self._hash = hash(us)
        return self._hash


def _order_by_offset(a, b, op, what):
    # -1, 0 or 1 for two times or two datetimes (`what`), compared as
    # they are when they share a tzinfo, else by their UTC offsets; None
    # when one is naive and the other aware under == or !=.
    x, y = a._us(), b._us()
    if a._tzinfo is not b._tzinfo:
        oa = a.utcoffset()
        ob = b.utcoffset()
        if (oa is None) != (ob is None):
            if op in ("==", "!="):
                return None
            raise TypeError(f"can't compare offset-naive and offset-aware {what}")
        if oa is not None:
            x -= oa._us()
            y -= ob._us()
    return (x > y) - (x < y)


_Date = date
_Time = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _raw_date(y, m, d):
    # A date of fields known to be valid (arithmetic's fast path; a
    # subclass gets its constructor called instead).
    self = object.__new__(date)
    self._year = y
    self._month = m
    self._day = d
    self._hash = -1
    return self


def _raw_datetime(y, m, d, hh, mm, ss, us, tz):
    self = object.__new__(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = 0
    self._hash = -1
    return self


def _iso_date_length(s):
    # How many leading characters of s are its ISO date.
    if s[4:5] == "-":
        if s[5:6] == "W":
            return 10 if s[8:9] == "-" else 8
        return 10
    if s[4:5] == "W":
        return 8 if s[7:8].isdigit() else 7
    return 8


def _local_offset(secs):
    # Seconds east of UTC of the local zone at epoch second secs.
    return _epoch_seconds(*_local_fields(secs)) - secs


def _local_zone(dt):
    # A fixed-offset timezone for the local zone at naive datetime dt.
    secs = dt._naive_seconds()
    off = _local_offset(secs - _local_offset(secs))
    name = _time.tzname[0]
    return timezone(timedelta(seconds=off), name)


# ---------------------------------------------------------------------------
# strptime: the format becomes a regular expression, as in CPython.

_STRP_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]"
         r"|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "a": "(?P<a>" + "|".join(_DAY_NAMES[i][:3].lower()
                              for i in range(7)) + ")",
    "A": "(?P<A>" + "|".join(n.lower() for n in _DAY_NAMES) + ")",
    "b": "(?P<b>" + "|".join(_MONTH_ABBR[1:]).lower() + ")",
    "B": "(?P<B>" + "|".join(_MONTH_NAMES[1:]).lower() + ")",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_STRP_PATTERNS["W"] = _STRP_PATTERNS["U"].replace("U", "W")
_STRP_ALIASES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y",
                 "X": "%H:%M:%S"}
_strp_cache = {}


def _strp_translate(text, fmt, out):
    # Appends the regular expression of format text to out (fmt, the whole
    # format, is for messages). %c, %x and %X expand to their C-locale
    # formats.
    import re
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "%":
            if i + 1 == n:
                raise ValueError(f"stray % in format '{fmt}'")
            d = text[i + 1]
            if d in _STRP_ALIASES:
                _strp_translate(_STRP_ALIASES[d], fmt, out)
            else:
                pat = _STRP_PATTERNS.get(d)
                if pat is None:
                    raise ValueError(
                        f"'{d}' is a bad directive in format '{fmt}'")
                out.append(pat)
            i += 2
        elif ch.isspace():
            while i < n and text[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
            i += 1


def _strp_regex(fmt):
    import re
    found = _strp_cache.get(fmt)
    if found is not None:
        return found
    out = []
    _strp_translate(fmt, fmt, out)
    found = re.compile("".join(out), re.IGNORECASE)
    if len(_strp_cache) > 50:
        _strp_cache.clear()
    _strp_cache[fmt] = found
    return found


def _strptime(cls, data, fmt):
    for what, v in ((1, data), (2, fmt)):
        if not isinstance(v, str):
            raise TypeError(f"strptime() argument {what} must be str, not "
                            f"{type(v).__name__}")
    regex = _strp_regex(fmt)
    found = regex.match(data)
    if found is None:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if found.end() != len(data):
        raise ValueError(f"unconverted data remains: {data[found.end():]}")
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    weekday = julian = None
    if g.get("y") is not None:
        year = int(g["y"])
        year += 2000 if year < 69 else 1900
    if g.get("Y") is not None:
        year = int(g["Y"])
    if g.get("m") is not None:
        month = int(g["m"])
    if g.get("B") is not None:
        month = [n.lower() for n in _MONTH_NAMES].index(g["B"].lower())
    if g.get("b") is not None:
        month = [n.lower() for n in _MONTH_ABBR].index(g["b"].lower())
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour = int(g["I"])
        pm = (g.get("p") or "").lower() == "pm"
        if pm:
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        us = int(g["f"] + "0" * (6 - len(g["f"])))
    if g.get("A") is not None:
        weekday = [n.lower() for n in _DAY_NAMES].index(g["A"].lower())
    if g.get("a") is not None:
        weekday = [n[:3].lower() for n in _DAY_NAMES].index(g["a"].lower())
    if g.get("w") is not None:
        weekday = (int(g["w"]) + 6) % 7
    if g.get("j") is not None:
        julian = int(g["j"])
    if g.get("z") is not None:
        z = g["z"]
        if z == "Z":
            off = timedelta(0)
        else:
            digits = z[1:]
            if digits[2:3] == ":":
                digits = digits[:2] + digits[3:]
                if len(digits) > 4:
                    if digits[4] != ":":
                        raise ValueError(f"Inconsistent use of : in {z}")
                    digits = digits[:4] + digits[5:]
            hh = int(digits[0:2])
            mm = int(digits[2:4])
            ss = int(digits[4:6] or 0)
            frac = digits[7:]
            micro = int(frac + "0" * (6 - len(frac))) if frac else 0
            off = timedelta(hours=hh, minutes=mm, seconds=ss,
                            microseconds=micro)
            if z[0] == "-":
                off = -off
        if g.get("Z") is not None:
            tz = timezone(off, g["Z"])
        else:
            tz = timezone(off)
    if year is None:
        year = 1900
    if julian is not None:
        # The day of the year wins over a month and day.
        year, month, day = _from_ordinal(_to_ordinal(year, 1, 1) + julian - 1)
    return cls(year, month, day, hour, minute, second, us, tz)


# CPython's messages name these C types with their module (the VM reads
# __ouro_tp_name__ for them; dir() does not show it).
for _cls in (date, time, datetime, timedelta, tzinfo, timezone):
    _cls.__ouro_tp_name__ = "datetime." + _cls.__name__
del _cls
