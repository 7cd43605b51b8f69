# Program: matrix multiply, transpose, identity and integer matrix power (Fibonacci).
def mat_mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out
def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(a, e):
    result = identity(len(a))
    while e > 0:
        if e % 2 == 1:
            result = mat_mul(result, a)
        a = mat_mul(a, a)
        e //= 2
    return result
def show(m):
    for row in m:
        print(" ".join([str(x).rjust(4) for x in row]))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show(transpose(A))
show(mat_mul(B, A))
print(mat_mul(identity(3), B) == B)
F = [[1, 1], [1, 0]]
print(mat_pow(F, 10)[0][1], mat_pow(F, 100)[0][1])
print(mat_pow(F, 500)[0][1])
R = [[0.5, -0.5], [0.25, 1.5]]
print(mat_mul(R, R))
print(mat_pow([[2]], 64), mat_pow(identity(2), 0))
