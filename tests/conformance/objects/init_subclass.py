# __init_subclass__ hooks and __set_name__ on class attributes.
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        Plugin.registry[cls.__name__.lower()] = cls
        cls.plugin_id = len(Plugin.registry)

class Alpha(Plugin):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Alpha.plugin_id, Gamma.plugin_id)
print(hasattr(Plugin, "plugin_id"))

# The hook is an implicit classmethod.
class Base:
    seen = []
    def __init_subclass__(cls):
        Base.seen.append(cls.__name__ + "<" + cls.__bases__[0].__name__)
class Mid(Base):
    def __init_subclass__(cls):
        super().__init_subclass__()
        Base.seen.append("mid saw " + cls.__name__)
class Leaf(Mid):
    pass
print(Base.seen)
print(type(Base.__dict__["__init_subclass__"]).__name__)

# __set_name__ tells a descriptor its attribute name and owner.
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "<" + self.name + " of " + self.owner + ">"
class Form:
    title = Field()
    body = Field()
f = Form()
print(f.title, f.body, Form.title.name, Form.body.owner)

# An exception in __init_subclass__ propagates from the class statement.
class Strict:
    def __init_subclass__(cls):
        if not cls.__name__.startswith("S"):
            raise TypeError("bad subclass name " + cls.__name__)
class Sub(Strict):
    pass
try:
    class Other(Strict):
        pass
except TypeError as e:
    print("TypeError", e)
print(Sub.__name__)
