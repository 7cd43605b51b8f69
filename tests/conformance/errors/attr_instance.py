# AttributeError: instance has no such attribute.
class A:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
a = A()
print(a.x, a.cls_attr, A.cls_attr)
a.z = 3
print(a.z)
print(a.y)
