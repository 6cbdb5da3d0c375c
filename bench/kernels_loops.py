"""Loop kernels of the suite: the kinds people jit, written once.

Each function is compiled unchanged by nbc and by Numba; a loop written with
`prange` runs serially under `parallel=False` (both compilers treat it as
`range` then), so one source gives the serial and the parallel variant.
The `*_numpy` functions compute the same result with whole-array NumPy.
"""
import math

import numpy as np

try:  # nbc.prange and numba.prange are both `range` when run by CPython.
    from nbc import prange
except ImportError:  # pragma: no cover
    prange = range

HIST_CHUNKS = 16  # rows of per-chunk counts, so prange threads never share one


def triad(a, b, c, s):
    # STREAM's triad: the memory-bandwidth yardstick.
    for i in prange(len(a)):
        a[i] = b[i] + s * c[i]
    return a[len(a) // 2]


def triad_numpy(a, b, c, s):
    np.multiply(c, s, out=a)
    a += b
    return a[len(a) // 2]


def histogram(a, lo, hi, nbins):
    counts = np.zeros((HIST_CHUNKS, nbins), dtype=np.int64)
    n = len(a)
    step = (n + HIST_CHUNKS - 1) // HIST_CHUNKS
    scale = nbins / (hi - lo)
    for c in prange(HIST_CHUNKS):
        for i in range(c * step, min(n, (c + 1) * step)):
            x = a[i]
            if x >= lo and x < hi:
                counts[c, int((x - lo) * scale)] += 1
    return counts.sum(axis=0)


def histogram_numpy(a, lo, hi, nbins):
    inside = a[(a >= lo) & (a < hi)]
    bins = ((inside - lo) * (nbins / (hi - lo))).astype(np.int64)
    return np.bincount(bins, minlength=nbins)


def rolling_mean(a, w):
    n = len(a)
    out = np.empty(n - w + 1)
    s = 0.0
    for i in range(w):
        s += a[i]
    out[0] = s / w
    for i in range(w, n):
        s += a[i] - a[i - w]
        out[i - w + 1] = s / w
    return out


def rolling_mean_numpy(a, w):
    c = np.cumsum(np.concatenate((np.zeros(1), a)))
    return (c[w:] - c[:-w]) / w


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def sigmoid_numpy(x):
    return 1.0 / (1.0 + np.exp(-x))


def damped_wave(x):
    # A transcendental ufunc: two libm calls per element.
    return math.sin(x) * math.exp(-0.5 * x * x)


def damped_wave_numpy(x):
    return np.sin(x) * np.exp(-0.5 * x * x)


def pairwise_distances(x):
    n, d = x.shape
    out = np.empty((n, n))
    for i in prange(n):
        for j in range(n):
            s = 0.0
            for k in range(d):
                t = x[i, k] - x[j, k]
                s += t * t
            out[i, j] = math.sqrt(s)
    return out


def pairwise_distances_numpy(x):
    diff = x[:, None, :] - x[None, :, :]
    return np.sqrt(np.sum(diff * diff, axis=-1))


def fractal(width, height, max_iter):
    # Escape-time fractal, parallel over rows.
    count = 0
    for py in prange(height):
        row = 0
        for px in range(width):
            x0 = -2.0 + 3.0 * px / width
            y0 = -1.5 + 3.0 * py / height
            x = 0.0
            y = 0.0
            it = 0
            while it < max_iter and x * x + y * y <= 4.0:
                xt = x * x - y * y + x0
                y = 2.0 * x * y + y0
                x = xt
                it += 1
            row += it
        count += row
    return count


def cumulative_sum(a):
    out = np.empty_like(a)
    s = 0.0
    for i in range(len(a)):
        s += a[i]
        out[i] = s
    return out


def cumulative_sum_numpy(a):
    return np.cumsum(a)


def time_stepping(x0, k, steps, dt):
    # Each element integrates its own damped oscillator.
    out = np.empty_like(x0)
    for i in prange(len(x0)):
        x = x0[i]
        v = 0.0
        for t in range(steps):
            acc = -k[i] * x - 0.1 * v
            v += dt * acc
            x += dt * v
        out[i] = x
    return out


def time_stepping_numpy(x0, k, steps, dt):
    x = x0.copy()
    v = np.zeros_like(x0)
    for t in range(steps):
        acc = -k * x - 0.1 * v
        v += dt * acc
        x += dt * v
    return x


def jacobi_sweeps(u0, sweeps):
    # Several sweeps of a 2-D stencil, swapping the two grids after each.
    u = u0.copy()
    v = u0.copy()
    n, m = u.shape
    for s in range(sweeps):
        for i in prange(1, n - 1):
            for j in range(1, m - 1):
                v[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] +
                                  u[i, j - 1] + u[i, j + 1])
        u, v = v, u
    return u


def jacobi_sweeps_numpy(u0, sweeps):
    u = u0.copy()
    v = u0.copy()
    for s in range(sweeps):
        v[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] +
                                u[1:-1, :-2] + u[1:-1, 2:])
        u, v = v, u
    return u


def normalize_columns(x):
    n, m = x.shape
    out = np.empty_like(x)
    for j in prange(m):
        s = 0.0
        for i in range(n):
            s += x[i, j]
        mean = s / n
        ss = 0.0
        for i in range(n):
            d = x[i, j] - mean
            ss += d * d
        std = math.sqrt(ss / n)
        for i in range(n):
            out[i, j] = (x[i, j] - mean) / std
    return out


def normalize_columns_numpy(x):
    return (x - x.mean(axis=0)) / x.std(axis=0)


def scatter_add(idx, w, nbins):
    out = np.zeros(nbins)
    for i in range(len(idx)):
        out[idx[i]] += w[i]
    return out


def scatter_add_numpy(idx, w, nbins):
    return np.bincount(idx, weights=w, minlength=nbins)


def histogram_shared(a, lo, hi, nbins):
    # The histogram as people write it: every thread updates the same bins.
    # nbc makes the updates safe (per-thread copies, or atomics); Numba's
    # parallel build races on them (its result is not checked).
    counts = np.zeros(nbins, dtype=np.int64)
    scale = nbins / (hi - lo)
    for i in prange(len(a)):
        x = a[i]
        if x >= lo and x < hi:
            counts[int((x - lo) * scale)] += 1
    return counts


def scatter_add_shared(idx, w, nbins):
    out = np.zeros(nbins)
    for i in prange(len(idx)):
        out[idx[i]] += w[i]
    return out


def force_histogram(pos, edges):
    # A temporary array in every prange iteration, added whole: nbc and
    # Numba allocate it once per thread (allocation hoisting), not per point.
    totals = np.zeros(edges.shape[0] - 1)
    for k in prange(pos.shape[0]):
        contrib = np.zeros(edges.shape[0] - 1)
        b = np.searchsorted(edges, pos[k]) - 1
        if 0 <= b < contrib.shape[0]:
            contrib[b] = pos[k] ** 2
        totals += contrib
    return totals


def force_histogram_numpy(pos, edges):
    b = np.searchsorted(edges, pos) - 1
    inside = (b >= 0) & (b < edges.shape[0] - 1)
    return np.bincount(b[inside], weights=pos[inside] ** 2, minlength=edges.shape[0] - 1)
