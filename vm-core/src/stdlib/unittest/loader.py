"""unittest.loader: TestLoader and defaultTestLoader (defined in the
unittest package, which ouro ships as one module)."""

from unittest import (TestLoader, defaultTestLoader, getTestCaseNames,
                      makeSuite, findTestCases, _FailedTest)
