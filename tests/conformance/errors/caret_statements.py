# conformance: full traceback
# Caret lines of statements and targets: a raise after other code on its
# line is underlined, a whole-line statement is not; stores, deletes and
# unpacking point at their targets; an expression spanning lines is
# underlined to the end of its first line.


class Frozen:
    __slots__ = ()


def unpack(seq):
    first, second = seq
    return first


def store(obj):
    obj.attr = 1


def multi_line(values):
    return values[
        10]


t = (1, 2)


def raise_after_code():
    x = 1; raise ValueError('after code')


def item_store():
    t[0] = 5


def item_delete():
    del t[0]


def loop_unpack():
    for a, b in [(1, 2), 3]:
        pass


def chain(cases):
    # Runs the cases in turn, each in the handler of the one before.
    try:
        cases[0]()
    except Exception:
        if len(cases) > 1:
            chain(cases[1:])
        else:
            raise


chain([raise_after_code, item_store, lambda: unpack([1, 2, 3]), lambda: store(Frozen()),
       lambda: multi_line([1]), item_delete, loop_unpack])
