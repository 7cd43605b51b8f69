# a wildcard case before other cases is a SyntaxError
match 1:
    case _:
        pass
    case 2:
        pass
