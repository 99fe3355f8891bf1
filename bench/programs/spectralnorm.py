# spectralnorm: the spectral norm of an infinite matrix, by power
# iteration over lists of floats (the same operations in the same order
# as spectralnorm.js).
import math

N = 700


def a(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1)) / 2 + i + 1)


def times(v, out):
    for i in range(N):
        s = 0.0
        for j in range(N):
            s = s + a(i, j) * v[j]
        out[i] = s


def times_transp(v, out):
    for i in range(N):
        s = 0.0
        for j in range(N):
            s = s + a(j, i) * v[j]
        out[i] = s


def atimes(v, out, tmp):
    times(v, tmp)
    times_transp(tmp, out)


def main():
    u = [1.0] * N
    v = [0.0] * N
    tmp = [0.0] * N
    for _ in range(10):
        atimes(u, v, tmp)
        atimes(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(N):
        vbv = vbv + u[i] * v[i]
        vv = vv + v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main()
