"""unittest.util: the repr helpers of the assertion messages (defined in
the unittest package, which ouro ships as one module)."""

from unittest import safe_repr, strclass, three_way_cmp
