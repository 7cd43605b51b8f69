# Cls[item] calls __class_getitem__ (an implicit classmethod), also inherited
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class H(G):
    pass
class K:
    @classmethod
    def __class_getitem__(cls, item):
        return [cls.__name__] * item
print(G[int], H["x"], G[1, 2], K[3])
for i in range(40):
    r = G[i]
print(r)
class Plain:
    pass
try:
    Plain[0]
except TypeError as e:
    print("TypeError:", e)
