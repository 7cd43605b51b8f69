"""unittest.result: TestResult (defined in the unittest package, which
ouro ships as one module)."""

from unittest import TestResult, STDOUT_LINE, STDERR_LINE
