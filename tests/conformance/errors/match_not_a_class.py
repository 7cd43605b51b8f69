# calling something that is not a class in a class pattern
import math
match 3:
    case math.floor():
        print("no")
