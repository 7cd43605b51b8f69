# return/break/continue inside try, except and finally; finally overriding return values.
def ret_try():
    try:
        return "try"
    finally:
        print("  finally runs before return")
def override():
    try:
        return "try"
    finally:
        return "finally"
def override_exc():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed exception"
def ret_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("  finally after except return")
def mutate_after_return():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(ret_try())
print(override())
print(override_exc())
print(ret_except())
print(mutate_after_return())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
for i in range(4):
    try:
        raise RuntimeError(i)
    except RuntimeError as e:
        if e.args[0] == 2:
            break
        continue
    finally:
        print("finally for", i)
print("stopped at", i)
# continue inside finally (allowed since 3.8)
out = []
for i in range(3):
    try:
        out.append(i)
        raise ValueError
    finally:
        continue
print("continue in finally swallowed errors:", out)
# break in finally swallows the exception too
while True:
    try:
        raise KeyError("gone")
    finally:
        break
print("break in finally done")
