# Methods calling methods, mutating state, returning self-built objects; bound methods as values.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        self.balance += amount
        self.record("deposit", amount)
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            self.record("denied", amount)
            return False
        self.balance -= amount
        self.record("withdraw", amount)
        return True
    def record(self, kind, amount):
        self.log.append((kind, amount))
    def transfer(self, other, amount):
        if self.withdraw(amount):
            other.deposit(amount)
            return True
        return False
    def __repr__(self):
        return "Account(" + self.owner + ", " + str(self.balance) + ")"
a = Account("ann", 100)
b = Account("bob")
print(a.deposit(50), a.withdraw(500), a.transfer(b, 120), a.transfer(b, 100))
print(a, b, a.log, b.log)
dep = b.deposit
print(dep(5), dep(5), b.balance)
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "-".join(self.parts)
print(Builder().add("a").add("b").add("c").build())
class Temp:
    def __init__(self, c):
        self.c = c
    def to_f(self):
        return self.c * 9 / 5 + 32
    def warmer(self, d):
        return Temp(self.c + d)
    def __str__(self):
        return str(self.c) + "C/" + str(self.to_f()) + "F"
t = Temp(100)
print(t, t.warmer(-100), t.warmer(-140).to_f())
print(str(t), Temp.to_f(t), [str(Temp(x)) for x in (0, 37)])
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children if children is not None else []
    def total(self):
        s = self.val
        for c in self.children:
            s += c.total()
        return s
    def depth(self):
        if not self.children:
            return 1
        return 1 + max([c.depth() for c in self.children])
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5, [Node(6)])])])
print(tree.total(), tree.depth(), len(tree.children))
