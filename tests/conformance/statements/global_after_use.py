# SyntaxError: a name assigned before its global declaration (the whole file fails to compile).
counter = 0

def bump():
    counter = 5
    global counter
    counter += 1
    return counter

print("never printed", bump())
