# unicodedata: each character property over interesting characters.
import unicodedata

print(unicodedata.unidata_version)

samples = [
    'a', 'Z', '0', ' ', '\t', '\n', '\x00', '\x7f', '!', '(', ')', '$', '_', '~',
    '\xa0', '\xad', '\xb2', '\xb5', '\xbc', '\xbd', '\xbe', '\xc7', '\xdf', '\xe9', '\xf7', '\xff',
    '\u0300', '\u0301', '\u0323', '\u0345', '\u05d0', '\u0627', '\u0663', '\u06f3', '\u0966',
    '\u0e51', '\u1100', '\u1161', '\u11a8', '\u2028', '\u2029', '\u200b', '\u200d', '\u202e',
    '\u2153', '\u2155', '\u216b', '\u2460', '\u2474', '\u2780', '\u3007', '\u3000', '\u4e00',
    '\u4e94', '\u5146', '\u842c', '\uac00', '\ud7a3', '\ue000', '\uf8ff', '\uf900', '\ufb01',
    '\ufe00', '\uff10', '\uff21', '\uff71', '\uffe0', '\ufffd', '\uffff', '\u0378', '\u0870',
    '\U00010107', '\U0001d7ce', '\U0001f600', '\U0001f1e6', '\U0001fa70', '\U00020000',
    '\U0002f800', '\U000e0001', '\U000e0100', '\U000f0000', '\U0010fffd', '\U0010ffff',
    '\U00016fe4', '\U0001e030', '\U0001f979', '\U00031350', '\U0001ecb4', '\U000109bc',
]
for c in samples:
    print(ascii(c), unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.combining(c), unicodedata.east_asian_width(c),
          unicodedata.mirrored(c), repr(unicodedata.decomposition(c)))
    print('   ', unicodedata.decimal(c, None), unicodedata.digit(c, -1),
          unicodedata.numeric(c, 'no'))

# Numeric values: ints for decimal and digit, floats for numeric.
for c in '7\u0663\u00b2\u2460\u00bd\u2153\u216b\u4e07\u5146\U0001d7ce\U00012432':
    print(ascii(c), repr(unicodedata.numeric(c)), end=' ')
    print(repr(unicodedata.digit(c, None)), repr(unicodedata.decimal(c, None)))
print(type(unicodedata.decimal('5')).__name__, type(unicodedata.numeric('5')).__name__)
print(type(unicodedata.mirrored('(')).__name__, type(unicodedata.combining('a')).__name__)

# A str subclass of length one is a character.
class S(str):
    pass

print(unicodedata.category(S('x')), unicodedata.numeric(S('\xbd')))

# Terminal width of a string, as scripts compute it.
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 0 if unicodedata.combining(c) else 1 for c in s)

for s in ('hello', '\u65e5\u672c\u8a9e', 'e\u0301t\xe9', '\U0001f600!', '\uff21\uff22'):
    print(ascii(s), width(s))

# Character classes by category prefix.
text = 'Hi, Wörld! 42 \u00bd \u0663 \u3042\u30ab \u2603 \u0301'
classes = {}
for c in text:
    classes.setdefault(unicodedata.category(c)[0], []).append(c)
for k in sorted(classes):
    print(k, ascii(''.join(classes[k])))
