# an uncaught statistics.StatisticsError names its module
import statistics
print(statistics.mean([1, 2]))
statistics.median([])
