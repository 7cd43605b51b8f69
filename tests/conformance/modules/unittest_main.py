# unittest: main() with test names and -k patterns, exit=False
import re
import sys
import unittest

FILE = (lambda: 0).__code__.co_filename


class Out:
    # The runner's stream: the timing and this file's path normalized.
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def dump(self):
        text = "".join(self.parts)
        text = re.sub(r"in \d+\.\d\d\ds", "in X.XXXs", text).replace(FILE, "FILE")
        sys.stdout.write(text)
        self.parts = []


class Alpha(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        self.assertEqual(2, 3)

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_one(self):
        pass

    def test_err(self):
        raise LookupError("missing")


out = Out()


def main(*argv):
    print("== argv", list(argv))
    # A fresh loader each time: -k patterns stay on the loader they were set on.
    prog = unittest.main(argv=["prog"] + list(argv), exit=False, testLoader=unittest.TestLoader(),
                         testRunner=unittest.TextTestRunner(stream=out))
    out.dump()
    print("success:", prog.result.wasSuccessful(), prog.result.testsRun)


main()
main("Alpha")
main("Alpha.test_one", "Beta.test_one")
main("-k", "one")
main("-k", "*err")
main("-k", "T*_t?o")
