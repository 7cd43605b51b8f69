# complex values are not ordered
print(1j == 1j)
print(1j < 2j)
