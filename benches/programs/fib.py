# fib: naive doubly-recursive Fibonacci. Measures call overhead, small-int
# arithmetic and comparisons. The count is the number of fib(22..26) rounds.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    total = 0
    for i in range(n):
        total += fib(22 + i % 5)
    return total


print(main(40))
