# unittest's test discovery: TestLoader.discover over a directory tree of
# test modules and packages (load_tests, SkipTest at import, a module that
# fails to import, names that are not test modules), and TestProgram with
# module=None as `python -m unittest` runs it (discover, named tests, a
# path to a test file).
import io
import os
import sys
import tempfile
import unittest

FILES = {
    "test_alpha.py": """
import unittest

class AlphaTest(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1 + 1, 2)

    def test_two(self):
        self.assertIn("a", "alpha")
""",
    "test_broken.py": "import no_such_module_anywhere\n",
    "test_skipped.py": "import unittest\nraise unittest.SkipTest('needs hardware')\n",
    "helper.py": "raise RuntimeError('not a test module, never imported')\n",
    "test-dash.py": "raise RuntimeError('not an identifier, never imported')\n",
    "notes.txt": "not Python\n",
    "pkg/__init__.py": "",
    "pkg/test_inner.py": """
import unittest

class InnerTest(unittest.TestCase):
    def test_inner(self):
        pass

    def test_failing(self):
        self.assertEqual([1, 2], [1, 3])
""",
    "pkg/sub/__init__.py": "",
    "pkg/sub/test_deep.py": """
import unittest

class DeepTest(unittest.TestCase):
    def test_deep(self):
        pass
""",
    "nopkg/test_hidden.py": "raise RuntimeError('no __init__.py: not discovered')\n",
    "loaded/__init__.py": """
import unittest

class Chosen(unittest.TestCase):
    def test_chosen(self):
        pass

def load_tests(loader, tests, pattern):
    # The package decides: only its own tests, not its modules'.
    return unittest.TestSuite([Chosen('test_chosen')])
""",
    "loaded/test_ignored.py": "raise RuntimeError('load_tests decides for the package')\n",
}


def write_tree(root):
    for name, text in FILES.items():
        path = os.path.join(root, *name.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def ids(suite):
    out = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            out.extend(ids(test))
        else:
            out.append(test.id())
    return out


def run(suite):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print("run", result.testsRun, "failures", len(result.failures),
          "errors", len(result.errors), "skipped", len(result.skipped))
    for test, reason in result.skipped:
        print("  skipped", test.id(), "-", reason)
    for test, text in result.errors:
        print("  error", test.id(), "-", text.strip().splitlines()[-1])
    for test, text in result.failures:
        print("  failure", test.id(), "-", text.strip().splitlines()[-1])


saved_path = sys.path[:]
saved_cwd = os.getcwd()
with tempfile.TemporaryDirectory() as root:
    write_tree(root)

    loader = unittest.TestLoader()
    suite = loader.discover(root)
    print("discovered:", ids(suite))
    print("loader errors:", len(loader.errors), [e.splitlines()[0] for e in loader.errors])
    print("top level dir first on sys.path:", sys.path[0] == os.path.abspath(root))
    run(suite)

    # A pattern, and a start directory inside the top-level directory.
    suite = unittest.TestLoader().discover(os.path.join(root, "pkg"), pattern="test_d*.py",
                                           top_level_dir=root)
    print("pattern:", ids(suite))

    # A start directory that is not a package below the top level.
    try:
        unittest.TestLoader().discover(os.path.join(root, "nopkg"), top_level_dir=root)
    except ImportError as e:
        print("ImportError:", str(e).startswith("Start directory is not importable"))

    # A dotted package name as the start.
    suite = unittest.TestLoader().discover("pkg.sub", top_level_dir=root)
    print("dotted start:", ids(suite))

    # `python -m unittest ...`: TestProgram(module=None).
    os.chdir(root)
    for argv in (["discover", "-p", "test_a*.py"], ["pkg.test_inner.InnerTest.test_inner"],
                 [os.path.join("pkg", "sub", "test_deep.py"), "-v"], ["-k", "two"]):
        saved_err = sys.stderr
        sys.stderr = io.StringIO()
        try:
            program = unittest.main(module=None, argv=["python -m unittest"] + argv, exit=False)
        finally:
            report, sys.stderr = sys.stderr.getvalue(), saved_err
        result = program.result
        print(argv[0] if argv[0].startswith(("-", "d")) else "named", "->", result.testsRun, "run,",
              "successful" if result.wasSuccessful() else "not successful")
        print("  ", [line for line in report.splitlines() if line.startswith(("test_", "Ran", "OK", "FAILED"))
                     and not line.startswith("Ran")])
    os.chdir(saved_cwd)

for name in list(sys.modules):
    if name.split(".")[0] in ("test_alpha", "pkg", "loaded", "test_skipped", "test_broken"):
        del sys.modules[name]
sys.path[:] = saved_path
print("done")
