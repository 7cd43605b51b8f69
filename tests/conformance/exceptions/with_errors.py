# with statement errors: failing __enter__, objects that are not context managers, exit ordering.
class Fails:
    def __init__(self, where):
        self.where = where
    def __enter__(self):
        if self.where == "enter":
            raise OSError("enter failed")
        print("entered")
        return self
    def __exit__(self, *args):
        print("exit called with", args[0].__name__ if args[0] else None)
        return False

try:
    with Fails("enter"):
        print("body never runs")
except OSError as e:
    print("enter error:", e)

try:
    with Fails("body"):
        raise ValueError("in body")
except ValueError as e:
    print("body error:", e)

for obj in [42, "str", None]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class Tracker:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        self.log.append("exit " + self.name + (" with " + et.__name__ if et else ""))
        return self.name == "a"

log = []
with Tracker("a", log) as x, Tracker("b", log) as y:
    log.append("body " + x + y)
    raise IndexError("idx")
print(log)

log = []
try:
    with Tracker("c", log), Tracker("d", log):
        raise KeyError("k")
except KeyError:
    log.append("outer caught")
print(log)
