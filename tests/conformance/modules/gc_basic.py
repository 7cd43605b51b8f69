# gc: collect() (an int), enable/disable/isenabled, get_count; garbage made around collections
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), len(gc.get_count()), isinstance(gc.collect(), int))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
keep = []
for i in range(2000):
    a = Node(None)
    b = Node(a)
    a.nxt = b
    if i % 100 == 0:
        keep.append(b)
        gc.collect()
print(len(keep), sum(1 for k in keep if k.nxt.nxt is k))
print(sorted(set(str(x) for x in range(5)) | {"z"}), gc.collect(2) >= 0)
