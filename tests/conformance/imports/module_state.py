# Module-level state shared between all importers of a module.
import modhelper_state as st
print(st.register("a"), st.register("b"), st.registry)
import modhelper_user
print(st.registry)
print(modhelper_user.add_many(["x", "y"]) is st.registry)
print(st.increment(), st.increment(5), st.counter)

# from-import copies the binding at import time
from modhelper_state import registry, counter
print(registry is st.registry, counter)

# reset rebinds module globals: our old references are now stale
st.reset()
print(st.registry, st.counter)
print("stale copies:", registry, counter)
print(registry is st.registry)

# modules see each other's updates through the module object
modhelper_user.add_many([1, 2])
print(st.registry)
st.registry.append("direct")
print(modhelper_user.modhelper_state.registry)

# counters in a loop
for i in range(4):
    st.increment(i)
print(st.counter)

# errors raised inside module functions propagate normally
try:
    st.increment("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    st.register()
except TypeError as e:
    print(type(e).__name__, e)
print(st.counter, len(st.registry))
