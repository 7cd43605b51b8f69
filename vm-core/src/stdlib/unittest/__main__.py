"""`python -m unittest [options] [tests]`: runs the named tests, or the
tests discovery finds (`discover`, or no names)."""

import sys

if sys.argv[0].endswith('__main__.py'):
    import os.path
    sys.argv[0] = os.path.basename(sys.executable) + ' -m unittest'
    del os

__unittest = True

from unittest import main

main(module=None)
