# A module that imports another module: access through the chain and shared identity.
import modhelper_b
print(modhelper_b.shout("chain"))
print(modhelper_b.origin())
print(modhelper_b.modhelper_a.VERSION)
print(modhelper_b.base_greet("direct"))

import modhelper_a
print(modhelper_b.modhelper_a is modhelper_a)
print(modhelper_b.base_greet is modhelper_a.greet)
print(modhelper_b.a_loads(), modhelper_a.bump(), modhelper_b.a_loads())

# changing the shared module changes behaviour seen via the chain
modhelper_a.GREETING = "hey"
print(modhelper_b.shout("again"))

# isinstance works across modules because the class object is shared
p = modhelper_b.origin()
print(isinstance(p, modhelper_a.Point), type(p).__name__, type(p).__module__)

# a function's __module__ tells where it was defined
print(modhelper_b.shout.__module__, modhelper_b.base_greet.__module__)
print(__name__, "modhelper_a" in dir(modhelper_b), "GREETING" in dir(modhelper_b))

# circular imports: partially initialised modules
import modhelper_cycle_x
print(modhelper_cycle_x.x_func())
import modhelper_cycle_y
print(modhelper_cycle_y.modhelper_cycle_x is modhelper_cycle_x)
print(modhelper_cycle_x.X_LATE, modhelper_cycle_y.Y_VALUE)
