# unittest.mock: the assert_* methods and their CPython 3.11 failure messages
from unittest.mock import Mock, MagicMock, call, ANY


def check(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print(label, "-> AssertionError:")
        print(str(e))
    else:
        print(label, "-> ok")


m = Mock()
check("not_called fresh", m.assert_not_called)
check("called fresh", m.assert_called)
check("called_once fresh", m.assert_called_once)
check("called_with fresh", m.assert_called_with, 1, a=2)
check("called_once_with fresh", m.assert_called_once_with, 1)
check("any_call fresh", m.assert_any_call, 1)
check("has_calls empty", m.assert_has_calls, [])
check("has_calls fresh", m.assert_has_calls, [call(1)])

m(1, 2, a="x")
check("not_called", m.assert_not_called)
check("called", m.assert_called)
check("called_once", m.assert_called_once)
check("called_with ok", m.assert_called_with, 1, 2, a="x")
check("called_with bad", m.assert_called_with, 1, 2, a="y")
check("called_with ANY", m.assert_called_with, 1, ANY, a=ANY)
check("called_once_with", m.assert_called_once_with, 1, 2, a="x")
m(3)
m.child(4)
check("called_once twice", m.assert_called_once)
check("called_once_with twice", m.assert_called_once_with, 3)
check("not_called twice", m.assert_not_called)
check("any_call first", m.assert_any_call, 1, 2, a="x")
check("any_call missing", m.assert_any_call, 5, b=6)
check("any_call ANY", m.assert_any_call, ANY)
check("has_calls seq", m.assert_has_calls, [call(1, 2, a="x"), call(3)])
check("has_calls child", m.assert_has_calls, [call(3), call.child(4)])
check("has_calls order", m.assert_has_calls, [call(3), call(1, 2, a="x")])
check("has_calls any_order", m.assert_has_calls, [call(3), call(1, 2, a="x")], any_order=True)
check("has_calls any_order missing", m.assert_has_calls, [call(3), call(9), call(8)], any_order=True)
check("has_calls missing", m.assert_has_calls, [call(7)])

named = Mock(name="foo")
named()
named()
check("named once", named.assert_called_once)
check("named once_with", named.assert_called_once_with)
check("named not_called", named.assert_not_called)
check("named with", named.assert_called_with, "z")
fresh = Mock(name="bar")
check("named fresh called", fresh.assert_called)
check("named fresh with", fresh.assert_called_with, 1, 2)
check("named any", named.assert_any_call, 1)

child = MagicMock()
child.method.sub(1)
check("child with", child.method.sub.assert_called_with, 2)
check("child once", child.method.sub.assert_called_once)
child.method.sub(2)
check("child once again", child.method.sub.assert_called_once)

# Spec'd functions match calls through the signature.
def func(a, b, c=3):
    return a

s = Mock(spec=func)
s(1, 2)
check("spec positional vs keyword", s.assert_called_with, 1, b=2)
check("spec default", s.assert_called_with, a=1, b=2)
check("spec mismatch", s.assert_called_with, 1, 3)
try:
    s(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
print(s.call_count, m.call_args_list, m.mock_calls)

# call_args_list and mock_calls support `in` and sublists.
print(call(3) in m.call_args_list, call(4) in m.call_args_list)
print([call(1, 2, a="x"), call(3)] in m.mock_calls, [call(3), call(1, 2, a="x")] in m.mock_calls)
print(m.call_args_list == [call(1, 2, a="x"), call(3)])
m.reset_mock()
check("after reset", m.assert_not_called)
