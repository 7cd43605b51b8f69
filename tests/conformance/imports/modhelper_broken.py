# helper module for the imports/ scripts: fails part way through being imported.
print("modhelper_broken starting")
before = "defined before the error"
value = {}["no such key"]
after = "never defined"
