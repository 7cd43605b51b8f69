# argparse: an uncaught parse error prints usage and "prog: error: ..." to stderr and exits with status 2
import argparse

p = argparse.ArgumentParser(prog="demo")
p.add_argument("count", type=int)
p.add_argument("--mode", choices=["a", "b"])
print(p.parse_args(["3", "--mode", "a"]))
p.parse_args(["3", "--mode", "c"])
print("not reached")
