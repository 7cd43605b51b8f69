# conformance: full traceback
# An uncaught exception group prints as CPython 3.11 draws it: the tree of
# its sub-exceptions with '| ' margins and numbered bars, each member's
# traceback (caret lines included), causes and contexts inside the tree,
# notes under their exception, and the context of the group itself above
# the tree.


def fail(value):
    raise ValueError(f"bad {value}")


def divide(a, b):
    return a / b + 1


def wrap():
    try:
        fail(1)
    except ValueError as e:
        raise TypeError("while wrapping") from e


def collect(funcs):
    excs = []
    for func in funcs:
        try:
            func()
        except Exception as e:
            excs.append(e)
    return excs


members = collect([lambda: fail(0), wrap, lambda: divide(1, 0)])
try:
    {}["missing"]
except KeyError as k:
    inner = ExceptionGroup("inner", [k, OSError(2, "no such file")])
    inner.add_note("a note on the inner group\nover two lines")
members.append(inner)
try:
    try:
        raise ExceptionGroup("handled first", [ValueError("x")])
    except ExceptionGroup:
        raise ValueError("with a group as context")
except ValueError as v:
    members.append(v)


def main():
    try:
        raise RuntimeError("before the group")
    except RuntimeError:
        group = ExceptionGroup("outer", members)
        group.add_note("the outer note")
        raise group


main()
