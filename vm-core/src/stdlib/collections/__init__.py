"""Container datatypes.

ouro: written in Python; deque only so far (namedtuple, defaultdict,
OrderedDict, Counter and ChainMap need subclassing of built-in types,
which ouro does not support yet).
"""

__all__ = ["deque"]

import sys as _sys


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    # The items are `reversed(_left) + _right`: both ends grow and shrink
    # by list appends and pops (amortized O(1)).

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            try:
                maxlen = range(maxlen).stop
            except TypeError:
                raise TypeError("an integer is required") from None
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _items(self):
        return self._left[::-1] + self._right

    def _set_items(self, items):
        self._left = []
        self._right = list(items)

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self) >= self._maxlen:
            self.popleft()
        self._right.append(x)

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self) >= self._maxlen:
            self.pop()
        self._left.append(x)

    def pop(self):
        if self._right:
            return self._right.pop()
        if not self._left:
            raise IndexError("pop from an empty deque")
        # Move the older half of _left (its start) to _right, in order.
        left = self._left
        half = (len(left) + 1) // 2
        self._right = left[:half][::-1]
        self._left = left[half:]
        return self._right.pop()

    def popleft(self):
        if self._left:
            return self._left.pop()
        if not self._right:
            raise IndexError("pop from an empty deque")
        right = self._right
        half = len(right) // 2
        self._left = right[:half + 1][::-1]
        self._right = right[half + 1:]
        return self._left.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._left = []
        self._right = []

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items().count(x)

    def index(self, x, start=0, stop=_sys.maxsize):
        items = self._items()
        try:
            return items.index(x, start, stop)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,)) from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        items = self._items()
        try:
            items.remove(value)
        except ValueError:
            raise ValueError("deque.remove(x): x not in deque") from None
        self._set_items(items)

    def reverse(self):
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])

    def _index(self, i):
        n = len(self)
        try:
            i = range(i).stop
        except TypeError:
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__) from None
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = self._index(i)
        nl = len(self._left)
        if i < nl:
            return self._left[nl - 1 - i]
        return self._right[i - nl]

    def __setitem__(self, i, x):
        i = self._index(i)
        nl = len(self._left)
        if i < nl:
            self._left[nl - 1 - i] = x
        else:
            self._right[i - nl] = x

    def __delitem__(self, i):
        i = self._index(i)
        items = self._items()
        del items[i]
        self._set_items(items)

    def __iter__(self):
        for x in self._left[::-1]:
            yield x
        for x in self._right:
            yield x

    def __reversed__(self):
        for x in self._right[::-1]:
            yield x
        for x in self._left:
            yield x

    def __contains__(self, x):
        return x in self._left or x in self._right

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items(),)
        return "deque(%r, maxlen=%d)" % (self._items(), self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self._items() + other._items(), self._maxlen)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        self.clear()
        self.extend(items)
        return self


from collections.abc import MutableSequence as _MutableSequence
_MutableSequence.register(deque)
