# Error messages that depend on how CPython's parser reads the pattern: a
# backslash and the next character are one token, a trailing backslash is
# reported as soon as the token before it is read, names are shown with repr.
import re

for p in ['*\\', '?\\', '(?\\1', '(?\\1\\', '(?<(\\', '(?<\\d', '(?P\\x', '#\\', '(?x)#\\',
          '(?#a\\)b)c', '(?#a\\', '(?P<\\1{>x)', '(?P=a\\b)', '(?(x\\y)a)', '(?P<', '(?P=', '(?(',
          '\\N', '\\N{', '\\N{}', '\\N{EM DASH', 'a{2,1}\\', '(?P<a>x)(?P<a>y)', '(?P=\\n)',
          "(?P<a'b>x)", '(?x)a # comment \\\nb']:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.search('a)bc'))
    except re.error as e:
        print(repr(p), '|', e.msg, '|', e.pos)
for t in [r'\g<a\b>', r'\g<1', r'\g<1a>', r'\g<x>']:
    try:
        re.sub('(?P<a>x)', t, 'x')
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
