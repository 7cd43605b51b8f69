# OverflowError: int too large to convert to float.
print(float(10**300), float(2**1023))
big = 10**400
print(len(str(big)))
print(float(big))
