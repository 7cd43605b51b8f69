# two starred names in one sequence pattern
match [1, 2]:
    case [*a, *b]:
        pass
