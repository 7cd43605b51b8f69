# Calls with effects run inline: `bump` stores attributes, `twice` calls it
# twice. Exits after a store cannot resume before the call (the store is
# visible), so they push the inlined frames: the snapshot lists each call's
# function, NULL or self, locals and operands as tier 1's stack would hold
# them, and the frames (`+frame`) with where each one resumes.
class P:
    def __init__(self, x):
        self.x = x
        self.n = 0
    def bump(self, k):
        self.n = self.n + 1
        self.x = self.x + k
        return self.x
    def twice(self, k):
        self.bump(k)
        return self.bump(k) * 2

def run(n):
    p = P(0)
    t = 0
    for i in range(n):
        t = (t + p.twice(i)) % 1000003
    return t, p.n, p.x
print(run(30))
