# except* (PEP 654): matching naked exceptions and groups, several
# clauses, re-raising, raising in clauses, else/finally, errors.
import sys


def show(f):
    try:
        f()
        print('no exception')
    except BaseException as e:
        print('->', type(e).__name__, repr(e))


def naked():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print('caught', repr(e), repr(e.exceptions), repr(sys.exc_info()[1]))


show(naked)


def naked_new():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)


show(naked_new)


def naked_reraise():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


show(naked_reraise)


def nested():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('in', [KeyError(3), ValueError(4)])])
    except* ValueError as e:
        print('V', repr(e))
    except* KeyError as e:
        print('K', repr(e))
        raise


show(nested)


def mixed():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(5)
    except* TypeError:
        raise


show(mixed)


def unmatched():
    try:
        raise KeyError(1)
    except* ValueError:
        print('no')


show(unmatched)


def all_handled():
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError:
            print('handled V')
        except* TypeError:
            print('handled T')
        else:
            print('else')
        finally:
            print('finally')
    except Exception as x:
        print('outer', x)


show(all_handled)


def tuple_types():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, TypeError) as e:
        print(repr(e))


show(tuple_types)


def not_allowed():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


show(not_allowed)


def no_error():
    try:
        print('body')
    except* ValueError:
        print('no')
    else:
        print('else runs')
    finally:
        print('finally runs')


show(no_error)


def in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup('odd', [ValueError(i)])
            out.append(i)
        except* ValueError as e:
            out.append(-e.exceptions[0].args[0])
    print(out)


show(in_loop)


def nested_star():
    try:
        raise ExceptionGroup('outer', [ValueError(1)])
    except* ValueError:
        try:
            raise ExceptionGroup('inner', [TypeError(2)])
        except* TypeError as e:
            print('inner caught', repr(e))
        print('after inner')


show(nested_star)


class Handler:
    def run(self):
        out = None
        try:
            raise ExceptionGroup('c', [OSError('x')])
        except* OSError as e:
            for i in range(3):
                if i == 1:
                    break
            out = repr(e)
        return out


print(Handler().run())

caught = []
try:
    raise ExceptionGroup('module', [ValueError(7), KeyError(8)])
except* ValueError as e:
    caught.append(repr(e))
except* KeyError as e:
    caught.append(repr(e))
print(caught)
