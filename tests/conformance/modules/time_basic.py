import time

t0 = time.perf_counter()
time.sleep(0)
time.sleep(0.01)
t1 = time.perf_counter()
print(t1 >= t0, type(t0).__name__)
print(time.monotonic() <= time.monotonic())
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.time() >= 0, time.time_ns() >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
