# Built-ins the audit (scripts/audit_builtins.py) found missing and that
# ouro now has: str.isascii/removeprefix/removesuffix/expandtabs,
# slice.indices, builtins.True/False/None.
import builtins

print('abc'.isascii(), 'é'.isascii(), ''.isascii())
print('TestCase'.removeprefix('Test'), 'TestCase'.removeprefix('Case'), 'x'.removeprefix(''))
print('file.py'.removesuffix('.py'), 'file.py'.removesuffix('.txt'), 'ab'.removesuffix('ab'))
for bad in (1, None, b'x'):
    try:
        'abc'.removeprefix(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        'abc'.removesuffix(bad)
    except TypeError as e:
        print('TypeError', e)
print(repr('a\tb\tc'.expandtabs()), repr('ab\tc'.expandtabs(4)), repr('x\ty\n\tz'.expandtabs(tabsize=2)))
print(repr('a\tb'.expandtabs(0)), repr('a\tb'.expandtabs(-1)), repr('12345\t6'.expandtabs(5)), repr('a\r\tb'.expandtabs(3)))
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(100, -100, -3).indices(7), slice(2, 1).indices(0))
for args in ((-1,), ('a',), ()):
    try:
        slice(1).indices(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print('ValueError', e)
print(getattr(builtins, 'True'), getattr(builtins, 'False'), getattr(builtins, 'None'), hasattr(builtins, 'None'))
