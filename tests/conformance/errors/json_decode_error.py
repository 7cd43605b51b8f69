# json: an uncaught JSONDecodeError (its qualified name json.decoder.JSONDecodeError and message)
import json
print(json.loads('[1, 2]'))
json.loads('{"a": 1,\n "b" 2}')
