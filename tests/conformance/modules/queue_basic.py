# queue: Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue, maxsize, Empty/Full, task_done/join
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full(), list(q.queue))
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.qsize())
for get in (q.get_nowait, lambda: q.get(False), lambda: q.get(True, 0), lambda: q.get(timeout=0.01)):
    try:
        get()
    except queue.Empty as e:
        print("Empty", repr(e.args))

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize(), b.maxsize)
for put in (lambda: b.put_nowait("c"), lambda: b.put("c", block=False), lambda: b.put("c", timeout=0.01)):
    try:
        put()
    except queue.Full as e:
        print("Full", repr(e.args))
print(b.get(), b.full(), b.get(), b.empty())

neg = queue.Queue(-3)
for i in range(10):
    neg.put(i)
print(neg.full(), neg.qsize())

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)], lifo.empty())

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (0, "z")]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(5)])

pb = queue.PriorityQueue(1)
pb.put(5)
try:
    pb.put_nowait(1)
except queue.Full:
    print("priority full")

# task tracking
t = queue.Queue()
for i in range(3):
    t.put(i)
print(t.unfinished_tasks)
while not t.empty():
    t.get()
    t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError", e)

# negative timeouts
for f in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(q.get(False, -1) if False else "non-blocking ignores timeout", end=" ")
try:
    q.get(False, -1)
except queue.Empty:
    print("Empty")

# SimpleQueue
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False)
s.put_nowait(3)
s.put(4, True, 5)
print(s.qsize(), s.get(), s.get_nowait(), s.get(False), s.get(timeout=1), s.empty())
try:
    s.get_nowait()
except queue.Empty:
    print("simple Empty")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

# subclasses override the storage hooks
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)
    def _get(self):
        return self.queue.pop()
sq = SortedQueue()
for x in [5, 2, 8, 1]:
    sq.put(x)
print([sq.get() for _ in range(4)])

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Empty.__module__)
print(queue.Queue[int], queue.SimpleQueue[str])
print(isinstance(pq, queue.Queue), isinstance(lifo, queue.Queue), isinstance(s, queue.Queue))
print(sorted(queue.__all__))
