# helper module for the imports/ scripts: the other half of the circular import.
print("y: start")
import modhelper_cycle_x
print("y: x.X_EARLY is", modhelper_cycle_x.X_EARLY)
print("y: x has X_LATE yet?", hasattr(modhelper_cycle_x, "X_LATE"))
Y_VALUE = "y value"
