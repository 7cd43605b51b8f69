# unittest.mock: Mock calls, return values, side effects, child mocks, names, reprs, reset and configure
from unittest.mock import Mock, NonCallableMock, call, ANY, DEFAULT, sentinel


def r(obj):
    # A mock's repr without its id.
    return repr(obj).split(" id=")[0] + ">"


m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls)
result = m(1, 2, key="v")
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(r(result), result is m.return_value, r(m.return_value()))
args, kwargs = m.call_args
print(args, kwargs, m.call_args.args, m.call_args.kwargs)
print(m.call_args == ((1, 2), {"key": "v"}), m.call_args == call(1, 2, key="v"), m.call_args == call(1))

m.return_value = 42
print(m(), m("x"))
m.side_effect = [1, 2, DEFAULT]
print(m(), m(), m())
try:
    m()
except StopIteration:
    print("StopIteration")
m.side_effect = ValueError("boom")
try:
    m()
except ValueError as e:
    print("ValueError", e)
m.side_effect = KeyError
try:
    m()
except KeyError as e:
    print("KeyError", repr(e))
m.side_effect = [ValueError("second"), 5]
try:
    m()
except ValueError as e:
    print("ValueError", e)
print(m())
m.side_effect = lambda *a, **k: ("called", a, k)
print(m(1, b=2))
m.side_effect = lambda: DEFAULT
print(m())
m.side_effect = None
print(m(), m.call_count)

# Child mocks and names.
p = Mock(name="parent")
print(r(p), r(p.child), r(p.child.grand), r(p.child()), r(p()), r(p().x), r(p.a().b().c))
print(p.child is p.child, p.child() is p.child.return_value)
anon = Mock()
print(r(anon), r(anon.foo), r(anon.foo.bar()), r(anon()))
p.method(1)
p.child.sub(2, x=3)
p(4)
p.other()(5)
print(p.method_calls)
print(p.mock_calls)
print(p.child.mock_calls, p.child.sub.call_args_list)
print(p.mock_calls == [call.method(1), call.child.sub(2, x=3), call(4), call.other(), call.other()(5)])
name, a, k = p.mock_calls[1]
print(name, a, k)

# Assigned mocks are adopted.
q = Mock()
q.attached = Mock()
q.attached(1)
print(q.mock_calls, r(q.attached))
named = Mock(name="own")
q.other = named
q.other(2)
print(q.mock_calls, r(q.other))
q.attach_mock(named, "grafted")
q.grafted(3)
print(q.mock_calls[-1], r(q.grafted))

# Constructor keyword configuration and configure_mock.
c = Mock(return_value=3, **{"method.return_value": 4, "other.side_effect": KeyError, "attr": 5})
print(c(), c.method(), c.attr)
c.configure_mock(**{"x.y.return_value": "deep", "z": 9})
print(c.x.y(), c.z)

# reset_mock.
c.method(1)
c.reset_mock()
print(c.called, c.call_count, c.mock_calls, c.method.call_count, c(), c.method())
c.reset_mock(return_value=True, side_effect=True)
print(r(c()), r(c.method()))

# spec and spec_set.
class Thing:
    attr = 1

    def method(self, a, b=2):
        return a

s = Mock(spec=Thing)
print(r(s), isinstance(s, Thing), isinstance(s, (int, Thing)), isinstance(Mock(), Thing), s.__class__.__name__)
print(r(s.method), r(s.attr))
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
s.missing = 3
print(s.missing)
ss = Mock(spec_set=["a", "b"])
print(r(ss), r(ss.a))
try:
    ss.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    ss.c
except AttributeError as e:
    print("AttributeError:", e)
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
print(r(nc), r(nc.child), r(nc.child()))

# Attribute deletion, assertion-like typos, wraps.
d = Mock()
d.x
del d.x
try:
    d.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.assert_called_twice()
except AttributeError as e:
    print("AttributeError:", e)
unsafe = Mock(unsafe=True)
print(r(unsafe.assert_whatever()))
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_args)

# sentinel, DEFAULT, ANY.
print(sentinel.token, sentinel.token is sentinel.token, DEFAULT, ANY, ANY == object(), ANY != 1)
print(call(1, ANY) == call(1, "anything"), [call(ANY)] == [call(5)])
print(call, call.foo, call.foo(1).bar(2), call()(3), call(1, 2, a=3, b="x"))
print(call.foo(1).bar(2).call_list())
print(call(1) == call(2), call(1) != call(2), call.a(1) == call.b(1), call(x=1) == call(x=1))
