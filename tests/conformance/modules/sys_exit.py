import sys

print("before")
sys.exit("bye")
print("not reached")
