# TypeError: can only concatenate str (not "int") to str.
name = "answer"
print(name + " = " + str(42))
print(name + "!" * 3)
print(name + 42)
