# helper module for the imports/ scripts: has an if __name__ == "__main__" block.
def main():
    return "main() of modhelper_main called"

print("modhelper_main body runs with __name__ =", __name__)
if __name__ == "__main__":
    print("this line only prints when run as a script")
