"""unittest.suite: TestSuite and BaseTestSuite (defined in the unittest
package, which ouro ships as one module)."""

from unittest import TestSuite, BaseTestSuite, _ErrorHolder
