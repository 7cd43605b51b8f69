# alternatives of an OR pattern must bind the same names
match (1, 2):
    case (a, 1) | (b, 2):
        pass
