# unicodedata: argument errors, missing values and absent attributes, with their messages.
import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for f in (unicodedata.category, unicodedata.bidirectional, unicodedata.combining,
          unicodedata.east_asian_width, unicodedata.mirrored, unicodedata.decomposition,
          unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    for arg in ('ab', '', 5, b'a', None, ['a'], 1.5):
        show(f, arg)
    show(f)
    show(f, 'a', None, None)
    try:
        f(chr=' ')
    except TypeError as e:
        print('TypeError', e)

for f in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    for c in ('a', ' ', '\xbd', '\u2460', '\u4e94', '\u0663'):
        show(f, c)
        show(f, c, 'dflt')
    show(f, 'x', None)
    try:
        f('1', default=0)
    except TypeError as e:
        print('TypeError', e)

for f in (unicodedata.normalize, unicodedata.is_normalized):
    show(f, 'NFX', 'a')
    show(f, 'nfc', 'a')
    show(f, '', '')
    show(f, 1, 'a')
    show(f, 'NFC', 1)
    show(f, 'NFX', 1)
    show(f, b'NFC', 'a')
    show(f, 'NFC')
    show(f)
    show(f, 'NFC', 'a', 'b')
    try:
        f(form='NFC', unistr='a')
    except TypeError as e:
        print('TypeError', e)

# name and lookup (the names table) are not provided by ouro; the test is
# only that a missing function is an ordinary missing attribute.
print(hasattr(unicodedata, 'normalize'), hasattr(unicodedata, 'no_such_function'))
print(type(unicodedata.unidata_version).__name__, unicodedata.unidata_version)
unicodedata.no_such_function('a')
