# unittest: assertWarns and assertWarnsRegex, as context managers and with callables
import io
import re
import unittest
import warnings

FILE = (lambda: 0).__code__.co_filename


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def noisy():
    warnings.warn("first", UserWarning)
    warnings.warn("second", RuntimeWarning)


class T(unittest.TestCase):
    def test_cm(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(old_api(2), 4)
        print("warning:", cm.warning, type(cm.warning).__name__, cm.lineno, cm.filename == FILE)

    def test_callable(self):
        self.assertWarns(DeprecationWarning, old_api, 3)

    def test_tuple(self):
        with self.assertWarns((RuntimeWarning, FutureWarning)):
            noisy()

    def test_regex(self):
        with self.assertWarnsRegex(UserWarning, "fir") as cm:
            noisy()
        print("regex:", cm.warning)

    def test_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, "third"):
            noisy()

    def test_not_triggered(self):
        with self.assertWarns(UserWarning):
            pass

    def test_not_triggered_callable(self):
        self.assertWarns(UserWarning, len, "abc")

    def test_msg(self):
        with self.assertWarns(FutureWarning, msg="custom"):
            pass

    def test_wrong_type(self):
        try:
            self.assertWarns(ValueError)
        except TypeError as e:
            print("TypeError:", e)

    def test_exception_passes(self):
        with self.assertWarns(UserWarning):
            raise KeyError("inside")

    def test_repeat_location(self):
        for i in range(3):
            with self.assertWarns(UserWarning):
                noisy()


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(T))
text = re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()).replace(FILE, "FILE")
print(text)
print(result.testsRun, len(result.failures), len(result.errors))
print(warnings.filters[:1])
