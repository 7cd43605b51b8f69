# print(file=..., flush=...) writes to any object with write(), piece by piece
import sys
class W:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.flushed += 1
w = W()
print("a", 1, [2], file=w)
print("x", "y", sep="--", end="!", file=w, flush=True)
print(file=w)
print(w.parts, w.flushed)
print("to stdout", file=None)
print("to stdout explicitly", file=sys.stdout, flush=True)
old = sys.stdout
sys.stdout = w
print("captured", 3)
sys.stdout = old
print(w.parts[-4:])
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
print("done")
