# json.loads: values, numbers, strings and escapes, whitespace, and every JSONDecodeError message with its position
import json
good = ['1', '-0', '-0.0', '0.1', '1E5', '123e-2', '2.5e+3', '123456789012345678901234567890', '[1e400, -1e400, 1.5e-400]',
        '"\\ud83d\\ude00"', '"\\u00e9\\/\\b\\f\\n\\r\\t\\"\\\\"', '"\\uD834\\uDD1E"', '"caf\u00e9 \u2603"',
        '[[[[]]]]', '{"a":{"b":{}}}', '{"a": 1, "a": 2, "b": 3}', ' \t\r\n1 \t\r\n', 'true', 'false', 'null',
        '[NaN, Infinity, -Infinity]', '{"k": [1, 2.0, "s", null, true, false, {}]}', '  [ 1 , 2 ]  ']
for c in good:
    print(repr(c), '->', repr(json.loads(c)))
bad = ['', ' ', '[', ']', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
       '{1:2}', '{"a" 1}', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\\ud800\\u12"', '"\\u1', '"\\',
       '"a\tb"', '"a\nb"', '-', '-a', '01', '1.', '1.e5', '1e', '1e+', '2e5x', 'nul', 'tru', 'nan',
       '[1]x', '  [1]  x', '\n\n  [1,\n  x]', '"\u00e9\u00e9" x', '{"\u00e9": [1, }', '\ufeff[]', '[1, 2, 3] garbage']
for c in bad:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'E', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
print(json.loads('1' * 4300) % 1000)
try:
    json.loads('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads(5)
except TypeError as e:
    print(e)
e = json.JSONDecodeError("msg", "ab\ncd\nef", 7)
print(e, e.msg, e.pos, e.lineno, e.colno, repr(e.doc), e.args)
print(json.JSONDecoder().raw_decode('{"a": 1}  x', 0))
print(json.JSONDecoder().raw_decode('xx[1, 2] tail', 2))
