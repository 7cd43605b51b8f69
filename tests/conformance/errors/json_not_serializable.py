# json: an uncaught TypeError for an object without a default
import json
print(json.dumps([1]))
json.dumps({"a": [1, {1, 2}]})
