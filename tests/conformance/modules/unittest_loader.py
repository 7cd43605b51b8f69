# unittest: TestLoader (names, prefixes, sorting, patterns, loadTestsFromName(s)), TestSuite, TestResult, FunctionTestCase, load_tests
import sys
import unittest

FILE = (lambda: 0).__code__.co_filename


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        self.assertTrue(0, "zero")

    def check_c(self):
        pass

    test_not_callable = 5


class Beta(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha("test_b")])


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = "test"
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
loader.testNamePatterns = ["*_a"]
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
print(loader.loadTestsFromTestCase(Alpha))
print(loader.loadTestsFromTestCase(Beta))
module = sys.modules[__name__]
print(loader.loadTestsFromName("Alpha.test_a", module))
print(loader.loadTestsFromName("make_suite", module))
print(loader.loadTestsFromNames(["Beta", "Alpha.test_b"], module))
suite = loader.loadTestsFromModule(module)
print(suite.countTestCases(), suite)
failed = loader.loadTestsFromName("Alpha.missing", module)
print(failed, len(loader.errors), loader.errors[0].splitlines()[0])
result = unittest.TestResult()
failed.run(result)
print(result, result.errors[0][0], result.errors[0][1])
print(unittest.getTestCaseNames(Alpha, "test"))

suite = unittest.TestSuite()
suite.addTest(Alpha("test_a"))
suite.addTests([Alpha("test_b"), unittest.TestSuite([Beta()])])
print(suite.countTestCases(), list(suite)[0], suite == unittest.TestSuite(list(suite)))
for bad in (Alpha, 5, "ab"):
    try:
        if isinstance(bad, str):
            suite.addTests(bad)
        else:
            suite.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
result = unittest.TestResult()
suite.run(result)
print(result, result.testsRun, result.wasSuccessful(), result.failures[0][0])
print(result.failures[0][1].replace(FILE, "FILE"))
print(suite.countTestCases(), list(suite))

calls = []
ft = unittest.FunctionTestCase(lambda: calls.append("test"), setUp=lambda: calls.append("up"),
                               tearDown=lambda: calls.append("down"), description="a lambda")
print(ft, ft.id(), ft.shortDescription())
r = ft.run()
print(r, calls)


def plain_fails():
    """Raises on purpose."""
    raise ArithmeticError("plain")


ft = unittest.FunctionTestCase(plain_fails)
print(ft, ft.shortDescription(), repr(ft)[:45])
r = unittest.TestResult()
ft(r)
print(r.errors[0][1].replace(FILE, "FILE"))


class Recorder(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        print("start", test.id())

    def addSuccess(self, test):
        print("success", test)

    def addSubTest(self, test, subtest, err):
        print("subtest", subtest.id(), None if err is None else err[0].__name__)
        super().addSubTest(test, subtest, err)


class Subs(unittest.TestCase):
    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 2)
            with self.subTest("m", a=3):
                pass


r = Recorder()
Subs("test_nested").run(r)
print(r, r.failures[0][0])

from unittest.case import TestCase as CaseTestCase
from unittest.util import safe_repr
import unittest.runner
import unittest.suite
print(CaseTestCase is unittest.TestCase, unittest.runner.TextTestRunner, unittest.suite.TestSuite)
print(unittest.SkipTest, unittest.main, safe_repr("x" * 90, True))
