# unittest: errors in setUpModule, tearDownModule, tearDownClass and class cleanups, reported as fixture pseudo-tests
import io
import re
import unittest

FILE = (lambda: 0).__code__.co_filename


def show(suite):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(re.sub(r"in \d+\.\d\d\ds", "in X.XXXs", buf.getvalue()).replace(FILE, "FILE"))
    print([str(test) for test, _ in result.errors])


def setUpModule():
    raise OSError("module setup")


class A(unittest.TestCase):
    def test_a(self):
        pass


show(unittest.defaultTestLoader.loadTestsFromTestCase(A))
del setUpModule


def tearDownModule():
    raise OSError("module teardown")


def broken_cleanup():
    raise ArithmeticError("class cleanup")


class B(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class teardown")

    def test_b(self):
        self.assertDictContainsSubset({"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 3})


class D(unittest.TestCase):
    def test_d(self):
        self.addClassCleanup(broken_cleanup)


loader = unittest.defaultTestLoader
show(unittest.TestSuite([loader.loadTestsFromTestCase(B), loader.loadTestsFromTestCase(D)]))
