# unittest: TextTestRunner at verbosity 0, 1 and 2 over passing, failing, erroring, skipped, expected-failure and subtest cases
import io
import re
import unittest

FILE = (lambda: 0).__code__.co_filename


class Basic(unittest.TestCase):
    def setUp(self):
        self.x = 1

    def test_ok(self):
        self.assertEqual(self.x, 1)

    def test_fail(self):
        self.assertEqual(self.x, 2)

    def test_error(self):
        raise ValueError("boom")

    def test_str(self):
        self.assertEqual("hello world", "hello wurld")

    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    @unittest.skip("not now")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
        with self.subTest("named", k="v"):
            raise KeyError("in subtest")

    def test_raises(self):
        with self.assertRaises(KeyError) as cm:
            raise KeyError("k")
        self.assertEqual(cm.exception.args, ('k',))
        with self.assertRaises(ValueError):
            pass

    def test_helper(self):
        helper(self)

    def test_chained(self):
        try:
            raise OSError("inner")
        except OSError as e:
            raise RuntimeError("outer") from e

    def test_doc(self):
        """Checks nothing at all.

        The second line is not shown."""


def helper(tc):
    tc.assertIn(5, [1, 2])


for verbosity in (0, 1, 2):
    buf = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Basic)
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    text = re.sub(r"in \d+\.\d\d\ds", "in X.XXXs", buf.getvalue())
    print(text.replace(FILE, "FILE"))
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))

buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, descriptions=False, verbosity=2).run(Basic("test_doc"))
print(buf.getvalue().splitlines()[0])
