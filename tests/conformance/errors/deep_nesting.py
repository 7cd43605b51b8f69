# Deeply nested containers: repr and comparison raise RecursionError, never crash.
a = []
for i in range(20000):
    a = [a]
try:
    print(repr(a)[:10])
except RecursionError as e:
    print("RecursionError", e)
try:
    print(a == a, [a] == [[a]])
except RecursionError as e:
    print("RecursionError", e)
d = {}
for i in range(20000):
    d = {"k": d}
try:
    print(d == {"k": d["k"]}, d == {"k": {"k": 1}})
except RecursionError as e:
    print("RecursionError", e)
t = ()
for i in range(20000):
    t = (t,)
print(t == t, len(t))
