# an uncaught SyntaxError from exec() prints the bare message
print("start")
exec("a = 1\nb = (1,\n")
