# unittest: main() argument handling (test names, -k, -v, -q, -f), exit=False, SystemExit status and the default stderr stream
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
main("-q", "Beta")
main("-v", "Alpha")
main("-f", "Beta", "Alpha")
main("Nope")
main("Alpha.nope")
prog = unittest.main(argv=["prog", "-v", "-f", "-b", "Beta.test_one"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=out))
print(prog.verbosity, prog.failfast, prog.buffer, prog.testNames)
out.parts = []
try:
    unittest.main(argv=["prog", "Beta.test_one"], testRunner=unittest.TextTestRunner(stream=out))
except SystemExit as e:
    print("exit", e.code)
out.dump()
try:
    unittest.main(argv=["prog", "Alpha.test_two"], testRunner=unittest.TextTestRunner(stream=out))
except SystemExit as e:
    print("exit", e.code)
out.parts = []
# The default stream is sys.stderr; the last line there is the summary.
unittest.main(argv=["prog", "Beta"], verbosity=0, testLoader=unittest.TestLoader())
