# str methods that read the receiver in place: start/end offsets of
# startswith/endswith/count (the empty string past the end), and the
# methods that return the receiver's text unchanged.
s = 'abcé'
for args in [('', 4), ('', 5), ('', 2, 1), ('a', -10), ('é', 3), ('', -1, -2), (('x', 'é'), 0, 10), ('c', 1, 3), ('', 4, 4)]:
    print(args, s.startswith(*args), s.endswith(*args))
print(s.count('', 5), s.count('', 4), s.count('', 2, 1), s.count('', 1, 3), s.count('é', -1), s.count('', -100, 100))
class S(str): pass
for r in [S('a').strip(), S(' a').strip(), S('ab').ljust(1), S('ab').zfill(1), S('ab').removeprefix('x'), S('ab').removesuffix('b'), S('ab').center(2), S('ab').rstrip('x')]:
    print(type(r).__name__, r)
try: 'a'.startswith(('a', 1))
except TypeError as e: print(e)
try: 'a'.startswith((1, 'a'))
except TypeError as e: print(e)
t = 'xy' * 50
v = 'x\xe9' * 30
print(t.replace('zz', 'q') is t, t.replace('x', 'q', 0) is t, t.partition('zz')[0] is t, t.rpartition('zz')[2] is t)
print(''.replace('', 'x'), 'ab'.replace('', '-'), 'ab'.replace('', '-', 1), 'aXbX'.replace('X', '', 1))
print('é'.partition('é'), 'aé'.rpartition('x'), ''.partition('x'), 'aéb'.partition('é'))
print(t.strip('z') is t, t.removeprefix('') is t, t.removesuffix('zz') is t, t.ljust(3) is t, t.zfill(3) is t)
for u in ['abc', 'é', '', 'x' * 40 + 'é']:
    print(u.isascii(), S(u).isascii())
print(S('ab').replace('x', 'y'), type(S('ab').replace('x', 'y')).__name__, type(S('ab').partition('x')[0]).__name__)
# offsets in a long non-ASCII string (character, not byte, positions)
for i in [0, 1, 2, 29, 30, 59, 60, 61, -1, -2]:
    print(i, v.startswith('\xe9', i), v.endswith('x', 0, i), v.count('x', i), v.count('\xe9x', i, i + 5), v.find('x', i))
print(v.startswith(('q', 'x\xe9x'), 2), v.endswith(('\xe9',), -3, -2), v.count(''), v.count('', 59), v.count('', 61))
