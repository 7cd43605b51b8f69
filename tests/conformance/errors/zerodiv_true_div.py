# ZeroDivisionError from int true division ends the script; prior output is kept.
def ratio(a, b):
    return a / b
results = []
for d in [4, 2, 1, -1]:
    results.append(ratio(8, d))
print(results)
print(ratio(0, 5), ratio(-3, 4))
print("about to divide by zero")
print(ratio(1, 0))
print("never printed")
