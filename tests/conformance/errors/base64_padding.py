# an uncaught binascii.Error from base64.b64decode names its module
import base64
print(base64.b64decode("Zm9v"))
base64.b64decode("Zm9vY")
