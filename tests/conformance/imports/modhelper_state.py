# helper module for the imports/ scripts: mutable module-level state.
print("loading modhelper_state")
registry = []
counter = 0

def register(item):
    registry.append(item)
    return len(registry)

def increment(n=1):
    global counter
    counter += n
    return counter

def reset():
    global registry, counter
    registry = []
    counter = 0
