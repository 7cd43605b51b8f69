"""Binary min-heaps kept in plain lists (ouro's heapq).

The heap invariant: for every index k, heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2] (children past the end are ignored), so heap[0] is
the smallest item. Only `<` is used to compare items.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# Two primitives do all the work. `_rise` moves the item at `pos` towards
# the root until its parent is not larger; `_fall` empties the hole at
# `pos` by always promoting the smaller child down to a leaf, drops the
# displaced item there and lets it rise again. Sinking to a leaf first
# costs fewer comparisons than testing the item at every level, because an
# item taken from the end of the heap almost always belongs near the bottom.

def _rise(heap, floor, pos):
    item = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        if not (item < above):
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _fall(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not (heap[child] < heap[sibling]):
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos)


def _rise_max(heap, floor, pos):
    item = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        above = heap[up]
        if not (above < item):
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _fall_max(heap, pos):
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not (heap[sibling] < heap[child]):
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise_max(heap, start, pos)


def _need_list(heap, fname, numbered):
    if not isinstance(heap, list):
        which = "argument 1" if numbered else "argument"
        raise TypeError("%s() %s must be list, not %s" % (fname, which, type(heap).__name__))


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list(heap, 'heappush', True)
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _need_list(heap, 'heappop', False)
    if not heap:
        raise IndexError("index out of range")
    tail = heap.pop()
    if not heap:
        return tail
    smallest = heap[0]
    heap[0] = tail
    _fall(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _need_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _fall(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item."""
    _need_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _fall(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _need_list(x, 'heapify', False)
    k = len(x) // 2 - 1
    while k >= 0:
        _fall(x, k)
        k -= 1


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    _need_list(x, '_heapify_max', False)
    k = len(x) // 2 - 1
    while k >= 0:
        _fall_max(x, k)
        k -= 1


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    _need_list(heap, '_heappop_max', False)
    if not heap:
        raise IndexError("index out of range")
    tail = heap.pop()
    if not heap:
        return tail
    largest = heap[0]
    heap[0] = tail
    _fall_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    _need_list(heap, '_heapreplace_max', True)
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _fall_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazy: yields items one at a time. Among equal items, those of an
    earlier input come first.
    """
    # Each live input is a [current key, input number, current item,
    # iterator] record. With few inputs a linear scan for the winner beats
    # a heap, and the input number keeps the order stable on ties.
    heads = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for first in it:
            heads.append([first if key is None else key(first), number, first, it])
            break
    while heads:
        if len(heads) == 1:
            head = heads[0]
            yield head[2]
            for rest in head[3]:
                yield rest
            return
        best = 0
        for i in range(1, len(heads)):
            if reverse:
                if heads[best][0] < heads[i][0]:
                    best = i
            elif heads[i][0] < heads[best][0]:
                best = i
        head = heads[best]
        yield head[2]
        for nxt in head[3]:
            head[2] = nxt
            head[0] = nxt if key is None else key(nxt)
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
