# OverflowError: int/int true division whose result does not fit in a float.
print(10**400 // 10**390, 10**300 / 10**290)
print(10**400 / 3)
