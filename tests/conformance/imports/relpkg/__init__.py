# a package whose modules import each other relatively
from .consts import GREETING
from . import helpers
print("relpkg init", __name__, __package__)
