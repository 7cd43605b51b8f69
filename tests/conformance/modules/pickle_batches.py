import pickle, hashlib
for obj in ([*range(2500)], {i: str(i) for i in range(2001)}, set(range(1000)), set(range(3000)), [], {}, set(), [1], {1: 2}, {5}, [*range(1000)], [*range(1001)]):
    for proto in range(6):
        d = pickle.dumps(obj, proto)
        print(proto, len(d), hashlib.md5(d).hexdigest() if not isinstance(obj, set) else '', pickle.loads(d) == obj)
class L(list): pass
class D(dict): pass
for obj in (L(range(1001)), L([1]), D({i: i for i in range(1001)}), D({1: 2}), {i: i for i in range(1000)}, {i: i for i in range(2000)}, [*range(2000)], [[1], [2]], {1: 2, 3: 4}):
    for proto in range(6):
        d = pickle.dumps(obj, proto)
        print(proto, len(d), hashlib.md5(d).hexdigest(), pickle.loads(d) == obj)
