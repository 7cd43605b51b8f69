"""Module docstring.

>>> 1 + 1
2
>>> square(3)
10
"""
import doctest
import functools
from math import sqrt
from collections import OrderedDict

# Failure reports name the file: a fixed name keeps them the same everywhere.
__file__ = "testmod_report.py"


def square(x):
    """Square a number.

    >>> square(2)
    4
    >>> square(-3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(5)
    24
    """
    return x * x


def shout(text):
    '''
    >>> shout("hi")
    'HI!'
    >>> print(shout("a"))
    A!
    >>> shout("x"); shout("y")
    'X!'
    'Y!'
    >>> _
    'Y!'
    >>> None
    >>> x = shout("q")
    >>> x
    'Q!'
    >>> print("no output expected")
    '''
    return text.upper() + "!"


def decorate(f):
    return f


@decorate
def decorated():
    """
    >>> decorated()
    'd'
    >>> decorated() * 2
    'd'
    """
    return "d"


@functools.lru_cache(maxsize=None)
def fib(n):
    """
    >>> fib(10)
    55
    >>> fib(11)
    1
    """
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def errors(n):
    """
    >>> errors(0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> errors("a")
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for /: 'int' and 'str'
    >>> errors(2)
    0.5
    >>> errors(-1)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else entirely
    >>> errors(-2)
    Traceback (most recent call last):
    ValueError: negative: -2
    >>> raise KeyError("k")
    Traceback (most recent call last):
    KeyError: 'k'
    """
    if isinstance(n, int) and n < 0:
        raise ValueError("negative: %d" % n)
    return 1 / n


def spacing():
    """
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
     16, 17, 18, 19]
    >>> print("abc")  # doctest: +SKIP
    nothing
    >>> print(" x")
    x
    >>> 1 == 1
    1
    >>> print(" ")
    <BLANKLINE>
    >>> print("tab\\there")
    tab	here
    """


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, item):
        """
        >>> Stack().push(3)
        """
        self.items.append(item)

    def pop(self):
        """
        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        """
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    @staticmethod
    def kind():
        """
        >>> Stack.kind()
        'lifo'
        """
        return "lifo"

    @classmethod
    def make(cls):
        """
        >>> Stack.make().items
        [0]
        """
        s = cls()
        s.push(1)
        return s

    @property
    def top(self):
        """The top item.

        >>> s = Stack(); s.push(7); s.top
        7
        >>> Stack.make().top
        2
        """
        return self.items[-1]

    class Inner:
        """
        >>> Stack.Inner.value
        42
        """
        value = 42


__test__ = {
    "extra": """
    >>> square(4)
    16
    >>> square(1)
    2
    """,
}

if __name__ == "__main__":
    print(doctest.testmod())
    print("--- verbose")
    result = doctest.testmod(verbose=True)
    print(result, result.failed, result.attempted)
    print(doctest.testmod(optionflags=doctest.ELLIPSIS, report=False))
