"""unittest.runner: TextTestRunner and TextTestResult (defined in the
unittest package, which ouro ships as one module)."""

from unittest import TextTestRunner, TextTestResult, _WritelnDecorator
