# a class pattern with more positional sub-patterns than __match_args__ names
class P:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1
match P():
    case P(1):
        print("matched one")
match P():
    case P(1, 2):
        print("two")
