# json: nesting deeper than the recursion limit raises RecursionError (decoder and both encoders), shallower works
import json
for depth in [50, 100000]:
    for text in ['[' * depth + ']' * depth, '{"a":' * depth + '1' + '}' * depth]:
        try:
            v = json.loads(text)
            n = 0
            while isinstance(v, (list, dict)) and v:
                v = v[0] if isinstance(v, list) else v["a"]
                n += 1
            print("depth", n)
        except RecursionError:
            print("RecursionError")
x = []
for i in range(100000):
    x = [x]
for ind in [None, 1]:
    try:
        json.dumps(x, indent=ind)
    except RecursionError:
        print("RecursionError")
y = []
for i in range(50):
    y = [y]
print(len(json.dumps(y)), len(json.dumps(y, indent=1)))
