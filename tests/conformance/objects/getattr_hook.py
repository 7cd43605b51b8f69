# __getattr__ runs only when normal lookup fails.
class Defaults:
    color = "blue"
    def __init__(self):
        self.size = 3
    def __getattr__(self, name):
        if name.startswith("get_"):
            return "generated " + name[4:]
        raise AttributeError("Defaults has no " + name)

d = Defaults()
print(d.size, d.color, d.get_thing)
print(hasattr(d, "get_x"), hasattr(d, "nope"), getattr(d, "nope", None))
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e)

# Delegation to a wrapped object.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.hits)
try:
    p.no_such_method()
except AttributeError as e:
    print("AttributeError", e)

# __getattr__ returning computed values, inherited by subclasses.
class Record:
    def __init__(self, data):
        self.data = data
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name)
class Employee(Record):
    def title(self):
        return self.name + " (" + self.role + ")"
e = Employee({"name": "Kim", "role": "dev"})
print(e.title(), e.name, getattr(e, "role"), getattr(e, "salary", 0))
try:
    print(e.salary)
except AttributeError as err:
    print("AttributeError", err)

# Errors other than AttributeError propagate through hasattr.
class Grumpy:
    def __getattr__(self, name):
        raise ValueError("no way: " + name)
try:
    hasattr(Grumpy(), "x")
except ValueError as err:
    print("ValueError", err)
