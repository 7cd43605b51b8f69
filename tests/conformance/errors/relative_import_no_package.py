# a relative import in a script run as __main__
print("start")
from .sibling import x
