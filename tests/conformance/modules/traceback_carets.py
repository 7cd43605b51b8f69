# traceback.format_exc() and format_tb() underline entries as the
# interpreter does (the traceback module's own arithmetic, quirks
# included: non-ASCII text before an operator moves its ^).
import traceback


def report():
    text = traceback.format_exc()
    print(text.replace(__file__, 'this_file.py'))


def add(a, b):
    return a + b


cases = [
    lambda: add(1, None),
    lambda: [1, 2][5],
    lambda: {'k': 1} ['j'],
    lambda: (1) + None,
    lambda: 'é' + None,
    lambda: '日本' + None,
    lambda: 2 ** None,
    lambda: 7 // 0,
    lambda: None.attr,
    lambda: len(1, 2),
    lambda: [[1]][0][3],
    lambda: undefined_thing,
]
for case in cases:
    try:
        case()
    except Exception:
        report()

try:
    add(
        1,
        None)
except TypeError as e:
    for entry in traceback.extract_tb(e.__traceback__):
        print(entry.lineno, entry.end_lineno, entry.colno, entry.end_colno, entry.line)
    print(''.join(traceback.format_tb(e.__traceback__)).replace(__file__, 'this_file.py'))
