GREETING = "hello"
print("consts", __name__, __package__)
