# __name__ in the main script vs imported modules, and the if __name__ == "__main__" idiom.
print("script __name__ =", __name__)
import modhelper_main
print("imported module __name__ =", modhelper_main.__name__)
print(modhelper_main.main())

def main():
    print("main() of the script runs")
    return 0

if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("never: the script is __main__")

import modhelper_a
print(modhelper_a.__name__ == "modhelper_a", __name__ == "__main__")

# __name__ of functions and classes defined here vs in modules
class Local:
    pass
print(Local.__module__, main.__module__, modhelper_a.Point.__module__, modhelper_a.greet.__module__)

# the main module is in sys.modules as __main__
import sys
print(sys.modules["__main__"].main is main)
print(sys.modules[__name__].Local is Local)

# globals() of the script contains __name__
print(globals()["__name__"], "modhelper_main" in globals())
