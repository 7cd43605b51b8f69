# conformance: full traceback
# What an except* statement leaves unhandled, uncaught: the leftover
# members keep their tracebacks (the statement adds no entry of its own),
# new exceptions raised by clauses join them in a new group without a
# traceback of this frame, and a naked exception is wrapped.


def fail(kind):
    raise kind("from fail")


def run():
    excs = []
    for kind in (ValueError, TypeError, KeyError, OSError):
        try:
            fail(kind)
        except Exception as e:
            excs.append(e)
    raise ExceptionGroup("batch", excs)


def handle():
    try:
        run()
    except* ValueError as eg:
        print("handled", repr(eg.exceptions))
    except* KeyError:
        raise RuntimeError("replaced")
    except* OSError:
        raise


def caller():
    try:
        handle()
    except* TypeError:
        try:
            fail(ZeroDivisionError)
        except* ZeroDivisionError:
            raise


caller()
