# unittest.mock: create_autospec and patch(autospec=True): signature checks, functions, methods, instances
from unittest.mock import create_autospec, patch, call, Mock


def r(obj):
    return repr(obj).split(" id=")[0] + ">"


def func(a, b=1, *, c=2):
    return a


class Widget:
    size = 3

    def __init__(self, name):
        self.name = name

    def resize(self, w, h=0):
        return w

    @staticmethod
    def helper(x):
        return x

    @classmethod
    def build(cls, n):
        return cls(n)


f = create_autospec(func, return_value="ret")
print(type(f).__name__, f.__name__, r(f.mock))
print(f(1), f(1, 2, c=3), f.call_count, f.called, f.call_args, f.call_args_list)
for bad in [(), (1, 2, 3), ("x", "y", "z", "w")]:
    try:
        f(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError:", e)
f.assert_called_with(1, 2, c=3)
f.assert_any_call(1)
try:
    f.assert_called_once_with(1)
except AssertionError as e:
    print("AssertionError:", e)
f.return_value = 9
f.side_effect = [10, 11]
print(f(5), f(6))
f.side_effect = None
print(f(7), f.mock.call_count, f.call_count)
f.reset_mock()
print(f.call_count, f.called, f.mock_calls)

W = create_autospec(Widget)
print(r(W), r(W.resize), r(W.return_value))
w = W("n")
print(r(w), w is W.return_value)
w.resize(1, h=2)
print(w.resize.call_args, W.mock_calls)
try:
    w.resize()
except TypeError as e:
    print("TypeError:", e)
try:
    W()
except TypeError as e:
    print("TypeError:", e)
try:
    w.missing
except AttributeError as e:
    print("AttributeError:", e)
W.helper(1)
W.build(2)
try:
    W.helper(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(W.helper.call_args, W.build.call_args)

inst = create_autospec(Widget, instance=True)
print(r(inst))
try:
    inst()
except TypeError as e:
    print("TypeError:", e)
inst.resize(3)
print(inst.mock_calls)

with patch("__main__.func", autospec=True) as pf:
    pf.return_value = "patched"
    print(func(1), pf.call_args, func is pf)
    try:
        func()
    except TypeError as e:
        print("TypeError:", e)
print(func(1))

with patch.object(Widget, "resize", autospec=True) as pr:
    pr.return_value = 99
    obj = Widget("o")
    print(obj.resize(4), pr.call_args == call(obj, 4), len(pr.call_args.args))
print(Widget("o").resize(4))

m = Mock(spec_set=["a"])
m()
m.called = False
m.call_count = 7
print(m.called, m.call_count)
