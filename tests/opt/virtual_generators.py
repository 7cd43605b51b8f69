# A generator a loop resumes and that yields back in the same trace runs
# without a frame: guard_gen, its saved values loaded (gen_value), its loop
# without a safepoint, the changed values written back at the yield
# (store_gen_value); exits before the FOR_ITER_GEN. The consumer's stage
# below yields to its own consumer, which keeps the frames.


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def only_odd(source):
    for x in source:
        if x % 2 == 1:
            yield x


total = 0
for x in only_odd(numbers(40)):
    total += x
print(total)
