# argparse: --help prints the help to stdout and exits with status 0 (parse_args() reads sys.argv)
import sys
import argparse

sys.argv = ["tool.py", "--help"]
p = argparse.ArgumentParser(description="Reads sys.argv.")
p.add_argument("--n", type=int, default=1, help="how many")
p.parse_args()
print("not reached")
