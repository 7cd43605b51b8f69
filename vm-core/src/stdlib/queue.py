"""FIFO, LIFO and priority queues: Queue, LifoQueue, PriorityQueue,
SimpleQueue and the Empty and Full exceptions (ouro's queue).

ouro runs one thread, so no other thread can ever put into an empty
queue or take from a full one. Where CPython would wait, this module
decides at once:
- get() on an empty queue (put() on a full one) with a timeout raises
  Empty (Full) straight away instead of after the timeout;
- the same call with block=True and no timeout, which would wait
  forever, raises Empty (Full) too, with a message saying so;
- join() while tasks are unfinished raises RuntimeError for the same
  reason (CPython would hang).
The locks and conditions CPython's queues carry (mutex, not_empty, ...)
are not provided.
"""

from collections import deque
from heapq import heappush, heappop
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) and get_nowait() on an empty queue."""
    # (CPython defines it, and SimpleQueue, in its _queue module.)
    __module__ = '_queue'


class Full(Exception):
    """Raised by put(block=False) and put_nowait() on a full queue."""


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in first-out queue holding at most maxsize items (no limit
    when maxsize <= 0)."""

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one item taken by get() as processed."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Returns when every item put has been marked done (see the
        module's docstring for the single-threaded case)."""
        if self.unfinished_tasks:
            raise RuntimeError('join() would wait forever: %d unfinished '
                               'task(s) and no other thread to finish them'
                               % self.unfinished_tasks)

    def qsize(self):
        """The number of items in the queue."""
        return self._qsize()

    def empty(self):
        """True if the queue holds no items."""
        return not self._qsize()

    def full(self):
        """True if the queue holds maxsize items (never with no limit)."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds item; on a full queue raises Full (with block and no
        timeout too: nothing could ever make room)."""
        if block and self.maxsize > 0:
            _check_timeout(timeout)
        if 0 < self.maxsize <= self._qsize():
            if block and timeout is None:
                raise Full('put() on a full queue would wait forever '
                           '(no other thread can take an item)')
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Removes and returns an item; on an empty queue raises Empty
        (with block and no timeout too: nothing could ever put one)."""
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            if block and timeout is None:
                raise Empty('get() on an empty queue would wait forever '
                            '(no other thread can put an item)')
            raise Empty
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage, overridden by the subclasses.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue handing out its smallest item first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A last-in first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue without task tracking."""

    __module__ = '_queue'

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Adds item (never blocks; block and timeout are accepted for
        compatibility with Queue.put)."""
        self._queue.append(item)

    def put_nowait(self, item):
        """put(item, block=False)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item; on an empty queue raises
        Empty (see the module's docstring)."""
        if block:
            _check_timeout(timeout)
        if not self._queue:
            if block and timeout is None:
                raise Empty('get() on an empty queue would wait forever '
                            '(no other thread can put an item)')
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """True if the queue holds no items."""
        return not self._queue

    def qsize(self):
        """The number of items in the queue."""
        return len(self._queue)
