# Function factories and closures used as lightweight objects (bank account, accumulators).
def make_account(balance):
    history = []
    def deposit(n):
        nonlocal balance
        if n <= 0:
            raise ValueError("deposit must be positive")
        balance += n
        history.append(("dep", n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient: have " + str(balance) + ", need " + str(n))
        balance -= n
        history.append(("wd", n))
        return balance
    def report():
        return balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "report": report}
acct = make_account(50)
print(acct["deposit"](25))
print(acct["withdraw"](30))
for action, amount in [("withdraw", 100), ("deposit", -5), ("deposit", 5)]:
    try:
        print(action, amount, "->", acct[action](amount))
    except ValueError as e:
        print(action, amount, "->", type(e).__name__, e)
print(acct["report"]())
def running_average():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
print([avg(x) for x in [10, 20, 30, 40]])
def pipeline(*steps):
    def run(value):
        trace = [value]
        for s in steps:
            value = s(value)
            trace.append(value)
        return trace
    return run
p = pipeline(lambda s: s.strip(), str.upper, lambda s: s.replace(" ", "_"), len)
print(p("  hello big world "))
try:
    pipeline(len, len)("abc")
except TypeError as e:
    print(type(e).__name__, e)
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
o = once(bump)
print(o(), o(), o(), counter)
