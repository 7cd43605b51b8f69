# Exceptions from __iter__/__next__ and StopIteration handling in for loops and builtins.
class Countdown:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == self.fail_at:
            raise ValueError("failed at " + str(self.n))
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
print(sum(Countdown(4)))
try:
    for x in Countdown(5, fail_at=2):
        print("got", x)
except ValueError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class IterRaises:
    def __iter__(self):
        raise KeyError("no iteration")
try:
    list(IterRaises())
except KeyError as e:
    print("KeyError", e)

try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration with a value ends a for loop silently
class WithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored value")
print(list(WithValue()))

# unpacking from a failing iterator
try:
    a, b = Countdown(5, fail_at=4)
except ValueError as e:
    print("unpack:", e)
try:
    a, b = Countdown(1)
except ValueError as e:
    print("unpack:", e)
print(max(Countdown(3)), min(Countdown(3)), sorted(Countdown(3)))
