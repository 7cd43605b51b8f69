# scimark-like kernels over array.array: an in-place radix-2 FFT,
# successive over-relaxation, a sparse (CSR) matrix-vector product and
# LU factorization with partial pivoting (written for ouro's benchmarks).
import math
from array import array

def fft_transform(data, direction):
    n = len(data) // 2
    if n <= 1:
        return
    logn = 0
    while (1 << logn) < n:
        logn += 1
    # bit reversal
    j = 0
    for i in range(n - 1):
        ii, jj = 2 * i, 2 * j
        if i < j:
            tr = data[ii]; ti = data[ii + 1]
            data[ii] = data[jj]; data[ii + 1] = data[jj + 1]
            data[jj] = tr; data[jj + 1] = ti
        k = n >> 1
        while k <= j:
            j -= k
            k >>= 1
        j += k
    dual = 1
    for bit in range(logn):
        w_real = 1.0
        w_imag = 0.0
        theta = 2.0 * direction * math.pi / (2.0 * dual)
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        for b in range(0, n, 2 * dual):
            i = 2 * b
            j = 2 * (b + dual)
            wd_real = data[j]; wd_imag = data[j + 1]
            data[j] = data[i] - wd_real
            data[j + 1] = data[i + 1] - wd_imag
            data[i] += wd_real
            data[i + 1] += wd_imag
        for a in range(1, dual):
            tmp_real = w_real - s * w_imag - s2 * w_real
            tmp_imag = w_imag + s * w_real - s2 * w_imag
            w_real = tmp_real
            w_imag = tmp_imag
            for b in range(0, n, 2 * dual):
                i = 2 * (b + a)
                j = 2 * (b + a + dual)
                z1_real = data[j]; z1_imag = data[j + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[j] = data[i] - wd_real
                data[j + 1] = data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
        dual *= 2

def fft(n, cycles):
    data = array('d', [((i * 7919) % 1000) / 1000.0 for i in range(2 * n)])
    for _ in range(cycles):
        fft_transform(data, -1)
        fft_transform(data, 1)
        inv = 1.0 / n
        for i in range(len(data)):
            data[i] *= inv
    return sum(data)

def sor(n, cycles, omega=1.25):
    g = [array('d', [((i * j) % 97) / 97.0 for j in range(n)]) for i in range(n)]
    o4 = omega * 0.25
    o1 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gi = g[i]; gim = g[i - 1]; gip = g[i + 1]
            for j in range(1, n - 1):
                gi[j] = o4 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + o1 * gi[j]
    return sum(g[n // 2])

def sparse(n, nz, cycles):
    per = nz // n
    row = array('i', [0] * (n + 1))
    col = array('i', [0] * (n * per))
    val = array('d', [0.0] * (n * per))
    k = 0
    for r in range(n):
        row[r] = k
        for c in range(per):
            col[k] = (r * 31 + c * 17) % n
            val[k] = ((r + c) % 13) / 13.0
            k += 1
    row[n] = k
    x = array('d', [(i % 7) / 7.0 for i in range(n)])
    y = array('d', [0.0] * n)
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row[r], row[r + 1]):
                s += x[col[i]] * val[i]
            y[r] = s
    return sum(y)

def lu(n, cycles):
    tot = 0.0
    for c in range(cycles):
        a = [array('d', [((i * 13 + j * 7 + c) % 29) / 29.0 + (5.0 if i == j else 0.0) for j in range(n)]) for i in range(n)]
        for j in range(n):
            jp = j
            t = abs(a[j][j])
            for i in range(j + 1, n):
                ab = abs(a[i][j])
                if ab > t:
                    jp = i; t = ab
            if jp != j:
                a[j], a[jp] = a[jp], a[j]
            if j < n - 1:
                recp = 1.0 / a[j][j]
                for k in range(j + 1, n):
                    a[k][j] *= recp
            if j < n - 1:
                aj = a[j]
                for ii in range(j + 1, n):
                    aii = a[ii]
                    aiij = aii[j]
                    for jj in range(j + 1, n):
                        aii[jj] -= aiij * aj[jj]
        tot += a[n - 1][n - 1]
    return tot



def main(n):
    return (round(fft(1024, 3 * n), 6), round(sor(100, 5 * n), 6), round(sparse(1000, 50000, 5 * n), 6),
            round(lu(100, n), 6))


print(main(10))
