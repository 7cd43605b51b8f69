# json: an uncaught ValueError for a circular reference
import json
a = {"k": []}
a["k"].append(a)
json.dumps(a)
