# Subclasses of built-in types with formatting, %, str methods, dict keys, tuple and dict constructors
class I(int): pass
print(f"{I(5):>4}|{I(5)}", format(I(7), '03d'), '%d' % I(3), str(I(9)), int(I(4)) + 1, -I(3), abs(I(-2)), I(5) // 2, 2 ** I(3))
class F(float): pass
print(f"{F(2.5):.2f}", round(F(2.567), 1), F(1.5) * 2, F(3.0).is_integer())
class OC(list):
    def __init__(self):
        super().__init__()
        self.n = 0
    def add(self, x):
        self.append(x)
        self.n += 1
o = OC(); o.add(1); o.add(2)
print(o, o.n, len(o), o.pop(), o, list(reversed(OC())), [x * 2 for x in o])
class S(str): pass
print(S('a,b').split(','), ','.join([S('x'), 'y']), S('abc')[1:], sorted([S('b'), 'a']), 'x' + S('y'), S('q') * 2, S('%s!') % 5)
d = {S('k'): 1}
print(d['k'], 'k' in d, S('k') in {'k': 1})
class T(tuple): pass
print(T([1, 2]), T(), T((3,)) + T((4,)), T([1]) == (1,), max(T([3, 1])))
class D(dict): pass
dd = D({'a': 1}, b=2)
print(dd, dd.keys(), sorted(dd), dd == {'a': 1, 'b': 2}, dict(dd), {**dd}, D.fromkeys('ab'))


class Stack(list):
    def push(self, x):
        self.append(x)

    def __repr__(self):
        return 'Stack' + super().__repr__()

    def __getitem__(self, i):
        return super().__getitem__(i) * 10


st = Stack()
for i in range(3):
    st.push(i)
print(st, st[1], st[-1], list(st), sum(st), str(st), f'{st}', [st])


class Key(str):
    def __hash__(self):
        return hash(str(self).lower())

    def __eq__(self, other):
        return str(self).lower() == str(other).lower()


kd = {Key('Ab'): 1}
print(kd[Key('aB')], Key('x') == 'X', Key('x') != 'y', sorted([Key('b'), Key('A')]))
try:
    hash(Stack())
except TypeError as e:
    print('TypeError:', e)
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
