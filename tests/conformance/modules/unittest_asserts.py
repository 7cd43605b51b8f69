# unittest: the assert* methods' failure messages (diffs, shortened reprs, longMessage, maxDiff), assertRaises/assertLogs context managers
import unittest
import logging

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
def check(name, *args, **kw):
    try:
        r = getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print(name, "FAIL:", str(e))
    except Exception as e:
        print(name, "ERR:", type(e).__name__, e)
    else:
        print(name, "ok", r if r is None else type(r).__name__)

check("assertTrue", 0)
check("assertTrue", 0, "custom")
check("assertFalse", [1])
check("assertEqual", 1, 1.0)
check("assertEqual", (1, 2), (1, 3))
check("assertEqual", (1, 2), (1, 2, 3))
check("assertEqual", [1, 2, 3], [1])
check("assertEqual", {1, 2}, {2, 3})
check("assertEqual", frozenset([1]), frozenset())
check("assertEqual", "a\nb\nc\n", "a\nB\nc\n")
check("assertEqual", "one line", "one line!")
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", list(range(200)), list(range(199)) + [7])
check("assertEqual", {"k%d" % i: i for i in range(30)}, {"k%d" % i: i + (i == 17) for i in range(30)})
check("assertEqual", [1, 2], (1, 2))
check("assertNotEqual", 3, 3)
check("assertNotEqual", 3, 3, msg="m")
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=1)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1, places=2)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertIn", "x", "abc")
check("assertNotIn", 1, [1, 2])
check("assertIs", [], [])
check("assertIsNot", None, None)
check("assertIsNone", 0)
check("assertIsNotNone", None)
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertRegex", "hello", "^x")
check("assertNotRegex", "hello", "l+")
check("assertCountEqual", [1, 2, 2], [2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [1]])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertCountEqual", "abc", "cba")
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1,), (2,))
check("assertDictEqual", 1, {})
check("assertSetEqual", {1}, [1])
check("assertMultiLineEqual", 1, "x")
check("assertSequenceEqual", [1, 2], [1, 2, 3])
check("assertRaises", ValueError, int, "x")
check("assertRaises", ValueError, int, "5")
check("assertRaises", KeyError, int, "x")
check("assertRaises", 5)
check("assertRaisesRegex", ValueError, "invalid literal", int, "x")
check("assertRaisesRegex", ValueError, "^nope", int, "x")
check("fail")
check("fail", "why")
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with t.assertRaisesRegex(TypeError, "unsupported"):
    1 + "a"
try:
    with t.assertRaises(TypeError, msg="extra"):
        pass
except AssertionError as e:
    print(e)
with t.assertLogs("app", level="WARNING") as cm:
    logging.getLogger("app.sub").warning("careful %d", 3)
    logging.getLogger("app").info("hidden")
    logging.getLogger("app").error("bad")
print(cm.output, len(cm.records))
try:
    with t.assertLogs("quiet"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertNoLogs("noisy"):
        logging.getLogger("noisy").warning("oops")
except AssertionError as e:
    print(e)
t.longMessage = False
check("assertEqual", 1, 2, "short msg")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = 20
check("assertEqual", [1, 2, 3, 4], [1, 2, 3, 5])
t.maxDiff = None
check("assertEqual", "a\nb", "a\nc")
check("assertEqual", ["a" * 50, "b"], ["a" * 50, "c"])
class S(str): pass
check("assertEqual", S("a"), "b")
t.addTypeEqualityFunc(int, lambda a, b, msg=None: print("custom eq", a, b))
check("assertEqual", 1, 2)
