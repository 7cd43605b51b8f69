# Program: bank accounts with inheritance, transaction history and interest.
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            self.history.append("rejected deposit " + str(amount))
            return False
        self.balance += amount
        self.history.append("deposit " + str(amount))
        return True
    def withdraw(self, amount):
        if amount > self.balance:
            self.history.append("insufficient funds for " + str(amount))
            return False
        self.balance -= amount
        self.history.append("withdraw " + str(amount))
        return True
    def month_end(self):
        pass
    def __repr__(self):
        return type_name(self) + "#" + str(self.id) + "(" + self.owner + ", " + str(self.balance) + ")"
class Savings(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        Account.__init__(self, owner, balance)
        self.rate = rate_percent
    def month_end(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)
class Checking(Account):
    fee = 5
    def month_end(self):
        if self.balance < 100:
            self.withdraw(min(Checking.fee, self.balance))
def type_name(obj):
    if isinstance(obj, Savings):
        return "Savings"
    if isinstance(obj, Checking):
        return "Checking"
    return "Account"
bank = [Savings("ann", 1000, 3), Checking("bob", 50), Account("cy")]
bank[0].withdraw(200)
bank[1].deposit(-5)
bank[1].withdraw(60)
bank[2].deposit(10**20)
for month in range(1, 4):
    for acct in bank:
        acct.month_end()
    print("month", month, bank)
for acct in bank:
    print(acct.owner, acct.history)
total = sum([a.balance for a in bank])
print("total holdings:", total)
def balance_of(a):
    return a.balance
print("richest:", max(bank, key=balance_of).owner, "poorest:", min(bank, key=balance_of).owner)
