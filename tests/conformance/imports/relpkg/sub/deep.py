from ..helpers import greet
def depth():
    return greet("deep") + " " + __name__
