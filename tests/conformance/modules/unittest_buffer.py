# unittest: buffer=True output capture, errors in both test and tearDown, enterContext, debug(), run() without a result
import io
import re
import sys
import unittest

FILE = (lambda: 0).__code__.co_filename


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc)


class P(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden output")

    def test_loud_fail(self):
        print("shown output")
        sys.stderr.write("err text")
        self.fail("nope")

    def test_teardown_too(self):
        raise TypeError("in test")

    def tearDown(self):
        if self._testMethodName == "test_teardown_too":
            raise IndexError("in tearDown")


buf = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(P)
result = unittest.TextTestRunner(stream=buf, buffer=True, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d\d\ds", "in X.XXXs", buf.getvalue()).replace(FILE, "FILE"))


class C(unittest.TestCase):
    def test_ctx(self):
        value = self.enterContext(Ctx("a"))
        print("in test", value)
        self.addCleanup(print, "cleanup", 1, end="!\n")

    def test_debug(self):
        raise ZeroDivisionError("debugged")


result = C("test_ctx").run()
print(result, result.testsRun)
try:
    C("test_debug").debug()
except ZeroDivisionError as e:
    print("debug raised", e)
try:
    C("test_ctx").enterContext(5)
except TypeError as e:
    print(e)
print(C("test_ctx").doCleanups())
