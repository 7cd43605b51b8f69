# OverflowError from float exponentiation that overflows.
print(2.0**1000 > 1e300, 10.0**308)
print(2.0**10000)
