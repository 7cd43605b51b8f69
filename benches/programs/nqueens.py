# nqueens: count all placements of N non-attacking queens by backtracking,
# tracking used columns and both diagonal directions in boolean lists.
# The count is the number of boards solved (sizes 6..9 in rotation).


def place(row, size, cols, diag1, diag2):
    if row == size:
        return 1
    found = 0
    for col in range(size):
        d1 = row + col
        d2 = row - col + size - 1
        if cols[col] or diag1[d1] or diag2[d2]:
            continue
        cols[col] = True
        diag1[d1] = True
        diag2[d2] = True
        found += place(row + 1, size, cols, diag1, diag2)
        cols[col] = False
        diag1[d1] = False
        diag2[d2] = False
    return found


def solve(size):
    cols = [False] * size
    diag1 = [False] * (2 * size - 1)
    diag2 = [False] * (2 * size - 1)
    return place(0, size, cols, diag1, diag2)


def main(n):
    total = 0
    for i in range(n):
        size = 6 + i % 4
        total = total * 3 + solve(size)
        total = total % 1000000007
    return total


print(main(8))
