print("in relpkg_err")
from .. import something
