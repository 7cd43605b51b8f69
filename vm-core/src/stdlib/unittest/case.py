"""unittest.case: the test case classes, skips and SkipTest (defined in
the unittest package, which ouro ships as one module)."""

from unittest import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                      skipUnless, expectedFailure, addModuleCleanup,
                      doModuleCleanups, enterModuleContext, _SubTest,
                      _AssertRaisesContext, _Outcome)
