# helper module for the imports/ scripts: half of a circular import with modhelper_cycle_y.
print("x: start")
X_EARLY = "x early"
import modhelper_cycle_y
print("x: y.Y_VALUE is", modhelper_cycle_y.Y_VALUE)
X_LATE = "x late"

def x_func():
    return "x_func sees " + modhelper_cycle_y.Y_VALUE
