# conformance: full traceback
# The tree of an uncaught group is cut as CPython 3.11 cuts it: past 15
# members a '...' bar and "and N more exceptions", past 10 levels of
# nesting "... (max_group_depth is 10)"; a BaseExceptionGroup holding a
# BaseException.


def nest(levels, last_first):
    e = ValueError(levels)
    for i in range(levels):
        pair = [TypeError(i), e] if last_first else [e, TypeError(i)]
        e = ExceptionGroup(f"level{i}", pair)
    return e


wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
just = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
raise BaseExceptionGroup("limits", [wide, just, nest(12, False), nest(11, True), KeyboardInterrupt()])
