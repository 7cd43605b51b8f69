# complex has no floor division
print((1 + 2j) * 2)
print((1 + 2j) // 2)
