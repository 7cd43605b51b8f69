# a method-wrapper checks its argument count
print("abc".__len__())
print("abc".__len__(1))
