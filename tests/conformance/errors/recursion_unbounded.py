# RecursionError from unbounded recursion (no base case).
def depth_ok(n):
    if n == 0:
        return 0
    return 1 + depth_ok(n - 1)
print(depth_ok(500))
def forever(n):
    return forever(n + 1) + 1
print("starting")
print(forever(0))
