# helper module for the imports/ scripts: a syntax error on line 4
x = 1

y = (
