# The loops of built-in functions over generators, written in Python: a
# generator driven by one of these runs in the same interpreter loop as its
# consumer (no native re-entry per item), and the trace JIT records the
# consumer loop together with the generator body it resumes. Their frames
# are hidden from tracebacks, as a built-in's are.


def sum(iterable, total):
    for item in iterable:
        total = total + item
    return total


def extend(out, iterable):
    for item in iterable:
        out.append(item)
    return out


def extend_map(out, function, iterable):
    for item in iterable:
        out.append(function(item))
    return out


def extend_filter(out, function, iterable):
    for item in iterable:
        if function(item):
            out.append(item)
    return out


def any(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all(iterable):
    for item in iterable:
        if not item:
            return False
    return True
