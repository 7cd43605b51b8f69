# close() and GeneratorExit: finally blocks run, catching GeneratorExit, yielding on close.
def resource(log):
    log.append("open")
    try:
        for i in range(5):
            yield i
    finally:
        log.append("cleanup")
log = []
g = resource(log)
print(next(g), next(g))
g.close()
print(log)
g.close()
print("second close ok", log)
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
# closing an unstarted generator does not run its body
log = []
g = resource(log)
g.close()
print("unstarted:", log)
# catching GeneratorExit
def catcher():
    try:
        yield 1
    except GeneratorExit as e:
        print("  got", type(e).__name__, repr(e))
        raise
g = catcher()
next(g)
g.close()
print("closed catcher")
# yielding in response to GeneratorExit is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# returning a value on close is fine
def returner():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = returner()
next(g)
print(g.close())
# generator exhausted normally then closed
g = resource([])
print(list(g))
g.close()
print("GeneratorExit subclasses Exception:", issubclass(GeneratorExit, Exception))
# break out of a for loop over a generator, then close explicitly
log = []
g = resource(log)
for v in g:
    if v == 2:
        break
print("after break:", log)
g.close()
print("after close:", log)
