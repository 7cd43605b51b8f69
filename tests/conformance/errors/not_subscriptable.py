# TypeError: 'int' object is not subscriptable.
data = [[1, 2], [3, 4], 5]
for row in data[:2]:
    print(row[0], row[1])
print(data[2])
print(data[2][0])
