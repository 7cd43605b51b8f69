# Ending a script with sys.exit("message"): exit status 1 and the message as the last stderr line.
import sys

def check_config(cfg):
    missing = [k for k in ("host", "port", "user") if k not in cfg]
    return missing

configs = [
    {"host": "a", "port": 1, "user": "u"},
    {"host": "b", "port": 2},
    {},
]
for i, cfg in enumerate(configs):
    missing = check_config(cfg)
    print("config", i, "missing:", missing)

# a caught sys.exit does not end the script
try:
    sys.exit("not yet")
except SystemExit as e:
    print("caught SystemExit:", e.code)

# finally blocks run when sys.exit propagates
def shutdown():
    try:
        sys.exit(4)
    finally:
        print("cleanup in finally")
try:
    shutdown()
except SystemExit as e:
    print("exit code would be", e.code)

bad = check_config(configs[2])
if bad:
    sys.exit("fatal: missing keys " + ", ".join(bad))
print("never printed")
