# unittest.mock: patch in TestCases, create_autospec, seal, chained mocks, call lists, builtins.open with mock_open
import unittest
builtins_open = open
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, call, create_autospec, seal

def r(o): return repr(o).split(" id=")[0] + ">"

class Greeter:
    def greet(self, name):
        return "hi " + name
    def other(self): return 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def st(x): return x

def greet_all(g, names):
    return [g.greet(n) for n in names]

class T(unittest.TestCase):
    @patch.object(Greeter, "greet", return_value="mocked")
    def test_patched(self, greet):
        self.assertEqual(greet_all(Greeter(), ["a", "b"]), ["mocked", "mocked"])
        greet.assert_has_calls([call("a"), call("b")])
    def test_ctx(self):
        with patch("__main__.Greeter") as G:
            G.return_value.greet.return_value = "x"
            self.assertEqual(Greeter().greet("q"), "x")
            G.assert_called_once_with()
    def test_fail(self):
        m = Mock()
        m(1)
        m.assert_called_with(2)

suite = unittest.TestLoader().loadTestsFromTestCase(T)
import io
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
print(res.testsRun, len(res.failures), len(res.errors))
for test, tb in res.failures:
    print(test.id(), tb[tb.index("AssertionError:"):])

a = create_autospec(Greeter)
i = a()
print(r(a), r(i), r(i.greet))
i.greet("z")
print(i.greet.call_args, i.mock_calls, a.mock_calls)
try:
    i.missing
except AttributeError as e:
    print(e)
s = Mock()
s.a.b = 1
seal(s)
try:
    s.c
except AttributeError as e:
    print("AttributeError", e)
try:
    s.a.d
except AttributeError as e:
    print("AttributeError", e)
m = MagicMock()
m.x.y.z(1)
m.x(2).w(3)
print(m.mock_calls, m.method_calls)
print(m.x.mock_calls)
print(r(m.x().w()))
print(dir(Mock())[:5])
mm = Mock()
mm.side_effect = iter([1, 2])
print(mm(), mm())
print(m.mock_calls[0].args, m.mock_calls[0].kwargs, call.a.b(1)._mock_name if False else "")
print(call(1).call_list(), call.x(1).y(2).call_list())
mo = mock.mock_open(read_data="a\nb")
print(list(mo()), mo().read())
print(mock.FILTER_DIR)
w = Mock(wraps=Greeter())
print(w.greet("w"), w.greet.call_args)
m5 = Mock(spec=Greeter)
print(r(m5.make), r(m5.st))
try:
    Mock(spec=Greeter).greet.nope
except AttributeError as e:
    print("AE", e)
n = MagicMock(name="n")
print(r(n.__len__), r(n.a.__iter__), n.a.__iter__.mock_calls)
print(repr(call), repr(call.a), repr(call()), repr(call.a().b))
x = Mock(return_value=None)
print(x(), r(Mock(name="a.b")), r(Mock(name="a")()))
p = Mock()
p.c1.return_value = 3
print(p.c1(), p.mock_calls)

with patch("builtins.open", mock.mock_open(read_data="abc\ndef\n")) as mo:
    with open("f") as fh:
        print(fh.read())
    with open("g", "w") as fh:
        fh.write("out")
    print(mo.call_args_list, mo.return_value.write.call_args)
print(open is builtins_open)
