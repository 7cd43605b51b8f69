# unittest: setUpModule/setUpClass/setUp fixtures, cleanups, fixture errors, class skips, skipIf/skipUnless/skipTest, failfast, TestCase identity
import unittest
import io, re, sys

FILE = (lambda: 0).__code__.co_filename
log = []

def setUpModule():
    log.append("setUpModule")

def tearDownModule():
    log.append("tearDownModule")

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "classCleanup")
    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")
    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)
    def tearDown(self):
        log.append("tearDown")
    def test_a(self):
        """First line of doc.

        More text."""
        log.append("a")
    def test_b(self):
        log.append("b")
        self.fail("explicit")

class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no class")
    def test_never(self):
        log.append("never")

class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after broken setUp")
        raise OSError("setup broke")
    def test_x(self):
        log.append("never x")

class BadCleanup(unittest.TestCase):
    def test_y(self):
        def bad():
            raise KeyError("cleanup")
        self.addCleanup(bad)

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_1(self):
        pass
    def test_2(self):
        pass

class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self):
        pass
    @unittest.skipUnless(False, "unless false")
    def test_unless(self):
        pass
    def test_inner_skip(self):
        self.skipTest("inside")
    def test_subskip(self):
        with self.subTest("a"):
            self.skipTest("sub skip")

def run(v, **kw):
    buf = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    r = unittest.TextTestRunner(stream=buf, verbosity=v, **kw).run(suite)
    out = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", buf.getvalue())
    print(out.replace(FILE, "FILE"))
    print(r, r.wasSuccessful(), len(r.skipped), r.skipped[:2])
    print(log)
    log.clear()

run(2)
run(1, failfast=True)
print(unittest.defaultTestLoader.getTestCaseNames(Fixtures))
s = unittest.TestSuite([Fixtures("test_a"), Fixtures("test_b")])
print(s, s.countTestCases())
print(repr(Fixtures("test_a")), str(Fixtures("test_a")), Fixtures("test_a").id())
print(Fixtures("test_a").shortDescription(), Fixtures("test_b").shortDescription())
print(Fixtures("test_a") == Fixtures("test_a"), Fixtures("test_a") == Fixtures("test_b"))
try:
    Fixtures("test_zzz")
except ValueError as e:
    print(e)
