# Locals that are unbound on some iterations of a hot loop: deleted with del
# and read again (UnboundLocalError caught), assigned only on some branches,
# and variables first bound inside the traced loop body and read after it.

def deleted(n):
    errors = 0
    s = 0
    x = 0
    for i in range(n):
        if i % 100 == 0:
            del x
        try:
            s += x
        except UnboundLocalError as e:
            errors += 1
            msg = str(e)
        x = i
    return s, errors, msg
print(deleted(5000))

def branch_only(n):
    hits = 0
    for i in range(n):
        if i % 3 == 0:
            y = i
        if i % 500 == 1:
            try:
                del y
            except UnboundLocalError:
                hits += 1000
        try:
            hits += y % 2
        except UnboundLocalError:
            hits += 1
    return hits
print(branch_only(6000))

def first_bound_in_loop(n):
    for i in range(n):
        if i == n - 1:
            last = i * 2
        total = i
    return last + total

print(first_bound_in_loop(3000))
try:
    print(first_bound_in_loop(0))
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# a loop variable of a loop that never runs is unbound afterwards
def maybe_loopvar(n):
    for k in range(n):
        pass
    try:
        return k
    except UnboundLocalError:
        return "unbound"
print(maybe_loopvar(3000), maybe_loopvar(0))

# module-level deletes: reading raises NameError instead
s = 0
miss = 0
for i in range(4000):
    if i % 250 == 0:
        v = i
    elif i % 250 == 200:
        del v
    try:
        s += v
    except NameError as e:
        miss += 1
        err = str(e)
print(s, miss, err)

# a global and a local with the same name in two functions: the local one
# shadows only after assignment in the same function (UnboundLocalError)
count = 10
def reads_global(n):
    t = 0
    for i in range(n):
        t += count
    return t

def shadows(n):
    t = 0
    for i in range(n):
        try:
            t += count
        except UnboundLocalError:
            t -= 1
        if i == n - 1:
            count = 5
    return t
print(reads_global(3000), shadows(3000))

# an exception variable is unbound after its except block
def exc_var(n):
    seen = 0
    for i in range(n):
        try:
            if i % 1000 == 0:
                raise ValueError(i)
        except ValueError as err:
            seen += 1
        try:
            err
            seen += 100
        except UnboundLocalError:
            seen += 0
    return seen
print(exc_var(3000))

# del inside the loop of a variable set by a nested loop
def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i % 4):
            inner = j
        try:
            acc += inner
            del inner
        except UnboundLocalError:
            acc += 100
    return acc
print(nested(4000))
