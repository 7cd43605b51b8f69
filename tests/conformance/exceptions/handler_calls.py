# Exceptions raised inside functions called from handlers, else blocks and finally blocks.
def fail(kind):
    if kind == "key":
        return {}["nope"]
    if kind == "index":
        return [1][3]
    if kind == "zero":
        return 1 // 0
    return "fine"
def recover(kind):
    try:
        return fail(kind)
    except KeyError:
        return "recovered key, then " + str(fail("ok"))
    except IndexError:
        return fail("zero")
for k in ["ok", "key"]:
    print(k, recover(k))
try:
    recover("index")
except ZeroDivisionError as e:
    print("handler failed:", type(e).__name__, e, "| context:", type(e.__context__).__name__)
def log_and_fail(msg, log):
    log.append(msg)
    raise RuntimeError(msg)
log = []
try:
    try:
        log.append("try")
    except KeyError:
        log.append("never")
    else:
        log_and_fail("else", log)
    finally:
        log.append("finally")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)
def deep(n):
    if n == 0:
        raise ValueError("depth reached")
    return deep(n - 1)
def wrapper():
    try:
        deep(5)
    except ValueError as e:
        return "wrapper caught: " + str(e)
print(wrapper())
# methods raising from handlers
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, n):
        if n > self.balance:
            raise ValueError("insufficient funds: " + str(self.balance) + " < " + str(n))
        self.balance -= n
        return self.balance
acc = Account(10)
for amt in [3, 4, 5, 3]:
    try:
        print("left", acc.withdraw(amt))
    except ValueError as e:
        print("refused:", e)
print("final", acc.balance)
