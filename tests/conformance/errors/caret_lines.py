# conformance: full traceback
# Caret lines under traceback entries (CPython 3.11): ^ under a call, a
# name or an attribute, ~~^~~ picking out a binary operator, ~^^^ the
# brackets of a subscript; none where the whole line failed. Chained
# exceptions put many tracebacks in one report.


def add(a, b):
    return a + b


def power(a, b):
    return (a) ** b


def lookup(table, key):
    return table [ key ]


def nested(rows):
    return rows[0]['name'].upper()


def call_many(f,
              *args):
    return f(
        *args)


class Box:
    def __init__(self, value):
        self.value = value

    def half(self):
        return self.value // 0


data = {'a': [1, 2], '日本': 'x'}


def chain(cases):
    # Runs the cases in turn, each in the handler of the one before.
    try:
        cases[0]()
    except Exception:
        if len(cases) > 1:
            chain(cases[1:])
        else:
            raise


def augment():
    data['a'] += None


def remove():
    del data['zz']


def one_line_if():
    if True: undefined_name


def asserting():
    assert len(data) == 3, 'size'


chain([
    lambda: add(1, None),
    lambda: power('s', 2),
    lambda: lookup(data, 'b'),
    lambda: data['a'][5],  # a comment after the code
    lambda: nested([{'name': None}]),
    lambda: call_many(len, 1, 2),
    lambda: Box(3).half(),
    lambda: data['日本'] + 1,
    one_line_if,
    asserting,
    augment,
    remove,
    lambda: (lambda n: n / 0)(
        5),
])
