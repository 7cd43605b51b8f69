# min/max with key= and default=, multiple args, sum with start, abs, divmod, pow.
print(min(3, 1, 2), max(3, 1, 2), min([5]), max("abc"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default=None), max([], default="empty"), min([4, 2], default=0))
def neg(x):
    return -x
def second(t):
    return t[1]
print(min([3, 1, 2], key=neg), max([3, 1, 2], key=neg), max(["aa", "b", "ccc", "dd"], key=len))
print(min(["aa", "b", "c"], key=len), max(["x", "yy", "zz"], key=len))
pts = [(1, 5), (2, 3), (3, 5), (4, 1)]
print(max(pts, key=second), min(pts, key=second), max(pts), min(pts))
print(max(1, 2.5, True), min(-1, -1.0), max(-1.0, -1), min(0, False), max(False, 0))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(1, 11)), sum([0.5, 0.25]))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()), sum([True, True, False]))
print(sum([10**20, 10**20, -1]), sum([1.5, 2**53]), sum(range(10), -45))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10**30), abs(-2**63))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(2**70, 3))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(True, 2), divmod(0, 7))
print(pow(2, 10), pow(2, -2), pow(2.5, 2), pow(-8, 3), pow(5, 3, 7), pow(5, 0, 1))
print(pow(10, 18, 10**9 + 7), pow(-5, 3, 7), pow(2, 100, 2**64 + 1))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), min([True, 1]))
words = ["pear", "fig", "apple", "kiwi", "plum"]
print(min(words, key=len), max(words, key=len), sorted(words, key=len))
print(max([], key=len, default="none"), min(["z"], key=len, default="none"))
