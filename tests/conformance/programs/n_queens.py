# Program: N-queens by backtracking; counts and first solution boards.
def solve(n):
    cols = [0] * n
    solutions = []
    place(0, n, cols, solutions)
    return solutions
def safe(row, col, cols):
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True
def place(row, n, cols, solutions):
    if row == n:
        solutions.append(cols[:])
        return
    for col in range(n):
        if safe(row, col, cols):
            cols[row] = col
            place(row + 1, n, cols, solutions)
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    print(" ".join(["Q" if i == c else "." for i in range(6)]))
sols8 = solve(8)
print(sols8[0], sols8[-1], len(sols8))
def mirror(sol):
    n = len(sol)
    return [n - 1 - c for c in sol]
print(all([mirror(s) in sols8 for s in sols8]))
