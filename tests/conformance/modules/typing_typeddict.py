# typing.TypedDict: class and functional forms; instances are plain dicts.
from typing import TypedDict, Required, NotRequired, get_type_hints, is_typeddict


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), type(m) is dict, m["year"])
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(Movie.__mro__, Movie.__name__, Movie.__module__, is_typeddict(Movie), is_typeddict(dict))
print(Movie({"name": "x"}), Movie())


class Partial(TypedDict, total=False):
    title: str
    pages: Required[int]


print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)


class Book(Movie, total=False):
    author: str
    isbn: NotRequired[str]


print(Book.__annotations__)
print(sorted(Book.__required_keys__), sorted(Book.__optional_keys__), Book.__total__)
print(Book(name="n", year=1, author="a"))

Point = TypedDict("Point", {"x": int, "y": int, "z": None})
print(Point(x=1, y=2), Point.__annotations__, sorted(Point.__required_keys__))
Opt = TypedDict("Opt", {"a": int}, total=False)
print(sorted(Opt.__optional_keys__), Opt.__total__, Opt.__name__)
print(get_type_hints(Movie))

try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Movie, int):
        pass
except TypeError as e:
    print("TypeError:", e)
