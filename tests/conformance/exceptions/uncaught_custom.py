# An uncaught user-defined exception with a custom __str__ ends the script.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "bad config key " + repr(self.key) + ": " + self.reason

def load(cfg):
    for k, v in cfg.items():
        if v is None:
            raise ConfigError(k, "value missing")
        print("loaded", k, "=", v)

try:
    load({"x": 1, "y": None})
except ConfigError as e:
    print("first attempt failed:", e)
    print("args:", e.args)

load({"a": 1, "b": 2, "c": None})
print("never printed")
