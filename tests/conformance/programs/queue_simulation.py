# Program: a deterministic bank-queue simulation using lists as queues and an LCG.
seed = 42
def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
queue = []
served = []
waits = []
tellers = [0, 0]
next_id = 1
for minute in range(30):
    arrivals = rand(3)
    for a in range(arrivals):
        queue.append((next_id, minute))
        next_id += 1
    for t in range(len(tellers)):
        if tellers[t] > 0:
            tellers[t] -= 1
        if tellers[t] == 0 and queue:
            cid, arrived = queue.pop(0)
            waits.append(minute - arrived)
            served.append(cid)
            tellers[t] = 1 + rand(4)
    if minute % 5 == 4:
        print("minute", minute, "queue", len(queue), "served", len(served), "tellers", tellers)
print("served:", served)
print("still waiting:", [c for c, m in queue])
print("max wait", max(waits), "total wait", sum(waits), "avg", round(sum(waits) / len(waits), 3))
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for k in sorted(hist):
    print(str(k).rjust(2), "*" * hist[k])
print(seed)
