# helper module for the imports/ scripts: imports modhelper_a and builds on it.
print("loading modhelper_b")
import modhelper_a
from modhelper_a import greet as base_greet

def shout(name):
    return base_greet(name).upper() + "!"

def origin():
    return modhelper_a.Point(0, 0)

def a_loads():
    return modhelper_a.bump()
