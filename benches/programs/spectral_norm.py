# spectral_norm: approximate the spectral norm (largest singular value) of
# the infinite matrix A with a[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1),
# truncated to n x n, by ten rounds of the power method on A^T A.
# The count is n; the checksum is the norm rounded to 9 decimals.


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    out = [0.0] * n
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out[i] = acc
    return out


def times_transposed(v, n):
    out = [0.0] * n
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out[i] = acc
    return out


def ata_times(v, n):
    return times_transposed(times(v, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = ata_times(u, n)
        u = ata_times(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return round((vbv / vv) ** 0.5, 9)


print(main(150))
