# IndentationError: expected an indented block after 'if' statement on line N.
print("start")
flag = True
if flag:
print("inside")
