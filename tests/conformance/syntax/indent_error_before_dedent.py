# A parser error on an earlier line wins over a later unindent error
# (CPython's tokenizer reports that one only when the parser reaches it);
# as in a benchmarks-game program whose long comment lines were wrapped.
print("not run")
for i in range(3):
    # a comment wrapped onto the next line, on m
y
    # more
    x = 1
        # wrapped too
  z = 2
