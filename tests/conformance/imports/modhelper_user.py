# helper module for the imports/ scripts: a second importer of modhelper_state.
import modhelper_state
modhelper_state.register("from modhelper_user")

def add_many(items):
    for it in items:
        modhelper_state.register(it)
    return modhelper_state.registry
