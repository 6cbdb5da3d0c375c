"""Benchmark kernels: one Python source compiled by nbc and by Numba.

Each kernel comes with a NumPy baseline that computes the same result and,
in kernels.c, a hand-written C version.
"""
import math

import numpy as np

try:  # nbc.prange and numba.prange are both `range` when run by CPython.
    from nbc import prange
except ImportError:  # pragma: no cover
    prange = range


def sum_squares(a):
    total = 0.0
    for i in range(len(a)):
        total += a[i] * a[i]
    return total


def sum_squares_numpy(a):
    return float(np.dot(a, a))


def psum_squares(a):
    total = 0.0
    for i in prange(len(a)):
        total += a[i] * a[i]
    return total


def floordiv_sum(a, d):
    # Python floor division by a run-time divisor: the check must not kill SIMD.
    total = 0
    for i in range(len(a)):
        total += a[i] // d
    return total


def floordiv_sum_numpy(a, d):
    return int(np.sum(a // d))


def jacobi(src, dst):
    n, m = src.shape
    for i in range(1, n - 1):
        for j in range(1, m - 1):
            dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] +
                                src[i, j - 1] + src[i, j + 1])
    return dst[n // 2, m // 2]


def jacobi_numpy(src, dst):
    dst[1:-1, 1:-1] = 0.25 * (src[:-2, 1:-1] + src[2:, 1:-1] +
                              src[1:-1, :-2] + src[1:-1, 2:])
    n, m = src.shape
    return dst[n // 2, m // 2]


def mandelbrot(width, height, max_iter):
    count = 0
    for py in range(height):
        for px in range(width):
            x0 = -2.0 + 3.0 * px / width
            y0 = -1.5 + 3.0 * py / height
            x = 0.0
            y = 0.0
            it = 0
            while it < max_iter:
                if x * x + y * y > 4.0:
                    break
                xt = x * x - y * y + x0
                y = 2.0 * x * y + y0
                x = xt
                it += 1
            count += it
    return count


def mandelbrot_numpy(width, height, max_iter):
    # The same real arithmetic as the loop, on all still-bounded points at once.
    x0 = np.broadcast_to(-2.0 + 3.0 * np.arange(width) / width, (height, width))
    y0 = np.broadcast_to((-1.5 + 3.0 * np.arange(height) / height)[:, None],
                         (height, width))
    x = np.zeros((height, width))
    y = np.zeros((height, width))
    its = np.zeros((height, width), dtype=np.int64)
    alive = np.ones((height, width), dtype=bool)
    for _ in range(max_iter):
        alive &= ~(x * x + y * y > 4.0)
        if not alive.any():
            break
        xa, ya = x[alive], y[alive]
        x[alive] = xa * xa - ya * ya + x0[alive]
        y[alive] = 2.0 * xa * ya + y0[alive]
        its += alive
    return int(its.sum())


def pairwise_energy(x, y, z):
    n = len(x)
    energy = 0.0
    for i in prange(n):
        e = 0.0
        for j in range(n):
            if i != j:
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                dz = z[i] - z[j]
                e += 1.0 / math.sqrt(dx * dx + dy * dy + dz * dz)
        energy += e
    return 0.5 * energy


def pairwise_energy_numpy(x, y, z):
    dx = x[:, None] - x[None, :]
    dy = y[:, None] - y[None, :]
    dz = z[:, None] - z[None, :]
    r = np.sqrt(dx * dx + dy * dy + dz * dz)
    np.fill_diagonal(r, np.inf)
    return 0.5 * float(np.sum(1.0 / r))


def sum_gauss(a):
    # A transcendental in a reduction: libmvec's exp in the vector loop
    # (error_model='numpy' drops the range check, fastmath the sum order).
    total = 0.0
    for i in range(len(a)):
        total += math.exp(-a[i] * a[i])
    return total


def sum_gauss_numpy(a):
    return float(np.sum(np.exp(-a * a)))


def sin_map(a, out):
    for i in range(len(a)):
        out[i] = math.sin(a[i])
    return out[len(a) // 2]


def sin_map_numpy(a, out):
    np.sin(a, out=out)
    return out[len(a) // 2]


def matmul(a, b):
    return a @ b  # nbc.matmul: BLAS at run time; Numba's needs SciPy


def matmul_numpy(a, b):
    return a @ b


def matmul_loops(a, b):
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c
