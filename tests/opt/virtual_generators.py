# Generators a loop resumes and that yield back in the same trace run
# without frames: guard_gen, their saved values loaded (gen_value), their
# loops without a safepoint, the changed values written back (store_gen_value)
# when the outermost region ends; exits before its FOR_ITER_GEN. The loops
# inside the generators wait (gen_loop_wait), so the consumer's loop is the
# root and the regions nest (`numbers` runs inside `only_odd`, twice: the
# second time from the values the first left, without a guard).
# jit-param: gen_loop_wait=100


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def only_odd(source):
    for x in source:
        if x % 2 == 1:
            yield x


def total(source):
    t = 0
    for x in source:
        t += x
    return t


print(total(only_odd(numbers(400))))
