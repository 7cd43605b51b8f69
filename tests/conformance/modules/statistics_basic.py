# statistics: means, medians, modes, variances and standard deviations with CPython's exact-sum results and errors
import statistics
from fractions import Fraction

datasets = [
    [1, 2, 3, 4],
    [1, 2, 3, 4, 5],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3, 0.4],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [Fraction(1, 3), Fraction(2, 7), Fraction(5, 2)],
    [1, 2.5, Fraction(1, 2)],
    [10**20, 10**20 + 1, 10**20 + 3],
    [True, False, True],
    [3, 3, 3],
    [0.1] * 7,
    [-5, 7, 100, 2, 2, 9],
]
for data in datasets:
    print(data)
    print(" mean", repr(statistics.mean(data)), repr(statistics.fmean(data)))
    print(" median", repr(statistics.median(data)), repr(statistics.median_low(data)),
          repr(statistics.median_high(data)))
    print(" mode", repr(statistics.mode(data)), statistics.multimode(data))
    print(" pvariance", repr(statistics.pvariance(data)), repr(statistics.pstdev(data)))
    print(" variance", repr(statistics.variance(data)), repr(statistics.stdev(data)))

print(statistics.variance([1.0, 2.0, 4.0], 2.0), statistics.pvariance([1, 2, 4], 2), statistics.stdev([1, 2, 4], Fraction(7, 3)))
print(statistics.pstdev([1.5, 2.5], 2.0), statistics.variance(iter([1, 2, 3, 4])), statistics.mean(x * x for x in range(10)))
print(statistics.fmean([1, 2, 3], weights=[0.5, 0.25, 0.25]), statistics.fmean(iter([3.5, 4])))
print(statistics.mode("abracadabra"), statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
print(statistics.mode([1, 1, 2, 2]), statistics.median(["b", "a", "c"]), statistics.median_low([1, 3, 5, 7]))
print(statistics.mean([float("inf"), 1]), statistics.variance([1.0, float("nan")]), statistics.mean([float("nan")]))
print(statistics.mean([1e308, 1e308, -1e308]))
print(issubclass(statistics.StatisticsError, ValueError), statistics.StatisticsError.__module__)

def check(f, *args, **kwargs):
    try:
        print(f.__name__, f(*args, **kwargs))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

check(statistics.mean, [])
check(statistics.fmean, [])
check(statistics.fmean, [1, 2], weights=[1])
check(statistics.fmean, [1, 2], weights=[1, -1])
check(statistics.median, [])
check(statistics.median_low, [])
check(statistics.median_high, [])
check(statistics.mode, [])
check(statistics.variance, [1])
check(statistics.stdev, [1])
check(statistics.pvariance, [])
check(statistics.pstdev, [])
check(statistics.mean, ["a", "b"])
check(statistics.mean, [1, 2j])
check(statistics.mode, [[1], [2]])
check(statistics.pstdev, [1.0, float("inf")])
