"""Kernels modelled on AntroPy (github.com/raphaelvallat/antropy,
BSD-3-Clause): same algorithms, constructs and decorator options (explicit
Numba signatures, read-only array types), written anew.
Files: src/antropy/entropy.py (sample_entropy, lz_complexity),
src/antropy/fractal.py (higuchi_fd, dfa), src/antropy/utils.py
(linear_regression, log_n)."""

from math import log

import numpy as np
from numba import types

from public_kernels.backend import jit, njit


@jit((types.Array(types.float64, 1, "C", readonly=True), types.int32, types.float64),
     nopython=True)
def sample_entropy(seq, order, r):
    size = seq.size
    matches_long = 0
    matches_short = 0
    for lag in range(1, size - order):
        far_long = int(abs(seq[order] - seq[order + lag]) >= r)
        far_short = 0
        for k in range(order):
            far_long += abs(seq[k] - seq[k + lag]) >= r
            far_short += abs(seq[k] - seq[k + lag]) >= r
        if far_long == 0:
            matches_long += 1
        if far_short == 0:
            matches_short += 1
        last_entering = int(abs(seq[order] - seq[lag + order]) >= r)
        for k in range(1, size - lag - order):
            leaving = int(abs(seq[k - 1] - seq[k + lag - 1]) >= r)
            entering = int(abs(seq[k + order] - seq[k + lag + order]) >= r)
            far_long += entering - leaving
            far_short += last_entering - leaving
            last_entering = entering
            if far_long == 0:
                matches_long += 1
            if far_short == 0:
                matches_short += 1
    if matches_short == 0:
        return 0
    elif matches_long == 0:
        return np.inf
    else:
        return -log(matches_long / matches_short)


@jit("UniTuple(float64, 2)(float64[:], float64[:])", nopython=True)
def linear_regression(x, y):
    n_times = x.size
    sx2 = 0
    sx = 0
    sy = 0
    sxy = 0
    for j in range(n_times):
        sx2 += x[j] ** 2
        sx += x[j]
        sxy += x[j] * y[j]
        sy += y[j]
    den = n_times * sx2 - (sx ** 2)
    num = n_times * sxy - sx * sy
    slope = num / den
    intercept = np.mean(y) - slope * np.mean(x)
    return slope, intercept


@jit("float64(float64[:], int32)", nopython=True)
def higuchi_fd(x, kmax):
    count = x.size
    lengths = np.empty(kmax)
    log_inv_k = np.empty(kmax)
    log_len = np.empty(kmax)
    for k in range(1, kmax + 1):
        per_offset = np.empty((k,))
        for m in range(k):
            curve = 0
            steps = np.floor((count - m - 1) / k)
            steps = int(steps)
            for j in range(1, steps):
                curve += abs(x[m + j * k] - x[m + (j - 1) * k])
            curve /= k
            curve *= (count - 1) / (k * steps)
            per_offset[m] = curve
        mean_len = 0
        for m in range(k):
            mean_len += per_offset[m]
        mean_len /= k
        lengths[k - 1] = mean_len
        log_inv_k[k - 1] = log(1.0 / k)
        log_len[k - 1] = log(mean_len)
    slope, _ = linear_regression(log_inv_k, log_len)
    return slope


@jit("i8[:](i8, i8, f8)", nopython=True)
def log_n(min_n, max_n, factor):
    max_i = int(np.floor(np.log(1.0 * max_n / min_n) / np.log(factor)))
    ns = [min_n]
    for i in range(max_i + 1):
        n = int(np.floor(min_n * (factor ** i)))
        if n > ns[-1]:
            ns.append(n)
    return np.array(ns, dtype=np.int64)


@jit("f8(f8[:])", nopython=True)
def dfa(x):
    N = len(x)
    nvals = log_n(4, 0.1 * N, 1.2)
    walk = np.cumsum(x - x.mean())
    fluctuations = np.zeros(len(nvals))
    for i_n, n in enumerate(nvals):
        d = np.reshape(walk[:N - (N % n)], (N // n, n))
        ran_n = np.array([float(na) for na in range(n)])
        d_len = len(d)
        trend = np.empty((d_len, ran_n.size))
        for i in range(d_len):
            slope, intercept = linear_regression(ran_n, d[i])
            trend[i, :] = intercept + slope * ran_n
        flucs = np.sqrt(np.sum((d - trend) ** 2, axis=1) / n)
        fluctuations[i_n] = np.sum(flucs) / flucs.size
    nonzero = np.nonzero(fluctuations)[0]
    fluctuations = fluctuations[nonzero]
    nvals = nvals[nonzero]
    if len(fluctuations) == 0:
        alpha = np.nan
    else:
        alpha, _ = linear_regression(np.log(nvals), np.log(fluctuations))
    return alpha


@njit("uint64(uint32[:])")
def lz_complexity(bits):
    i, run, j = 0, 1, 1
    longest = 1
    size = bits.size
    words = 1
    while True:
        if bits[i + run - 1] == bits[j + run - 1]:
            run += 1
            if j + run >= size:
                words += 1
                break
        else:
            longest = max(run, longest)
            i += 1
            if i == j:
                words += 1
                j += longest
                if j >= size:
                    break
                else:
                    i = 0
                    run = 1
                    longest = 1
            else:
                run = 1
    return words
