# Exception objects as values: storing, comparing, isinstance, and attribute assignment.
errors = []
for thunk in [lambda: 1 / 0, lambda: [][0], lambda: {}["k"], lambda: int("z"), lambda: undefined_name]:
    try:
        thunk()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, "|", e)

print([isinstance(e, LookupError) for e in errors])
print(sorted(type(e).__name__ for e in errors))

# exceptions compare by identity
a = ValueError("same")
b = ValueError("same")
print(a == b, a == a, a != b)

# custom attributes on exception instances
e = KeyError("k")
e.extra = [1, 2]
print(e.extra, e)

# exception with a __notes__ via add_note (3.11)
e = ValueError("noted")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)

# with_traceback returns the same object
e = RuntimeError("tb")
print(e.with_traceback(None) is e, e.__traceback__)

# the exception caught has a traceback object
try:
    raise ValueError("t")
except ValueError as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)

# NameError and AttributeError name attributes (3.10+)
try:
    missing_var
except NameError as e:
    print(e.name, e)
class P:
    pass
try:
    P().nope
except AttributeError as e:
    print(e.name, e)
