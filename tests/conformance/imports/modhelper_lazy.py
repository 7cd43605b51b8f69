"""A helper module with PEP 562 hooks (for module_getattr.py)."""
import sys
_deprecated = {"old_name": "new value"}
present = 1


def __getattr__(name):
    if name in _deprecated:
        print("warning:", name, "is deprecated")
        return _deprecated[name]
    if name == "boom":
        raise KeyError("not an AttributeError")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (custom)")


def __dir__():
    return ["zeta", "present", "alpha", "old_name"]
