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
def sample_entropy(sequence, order, r):
    size = sequence.size
    numerator = 0
    denominator = 0
    for offset in range(1, size - order):
        n_numerator = int(abs(sequence[order] - sequence[order + offset]) >= r)
        n_denominator = 0
        for idx in range(order):
            n_numerator += abs(sequence[idx] - sequence[idx + offset]) >= r
            n_denominator += abs(sequence[idx] - sequence[idx + offset]) >= r
        if n_numerator == 0:
            numerator += 1
        if n_denominator == 0:
            denominator += 1
        prev_in_diff = int(abs(sequence[order] - sequence[offset + order]) >= r)
        for idx in range(1, size - offset - order):
            out_diff = int(abs(sequence[idx - 1] - sequence[idx + offset - 1]) >= r)
            in_diff = int(abs(sequence[idx + order] - sequence[idx + offset + order]) >= r)
            n_numerator += in_diff - out_diff
            n_denominator += prev_in_diff - out_diff
            prev_in_diff = in_diff
            if n_numerator == 0:
                numerator += 1
            if n_denominator == 0:
                denominator += 1
    if denominator == 0:
        return 0
    elif numerator == 0:
        return np.inf
    else:
        return -log(numerator / denominator)


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
    n_times = x.size
    lk = np.empty(kmax)
    x_reg = np.empty(kmax)
    y_reg = np.empty(kmax)
    for k in range(1, kmax + 1):
        lm = np.empty((k,))
        for m in range(k):
            ll = 0
            n_max = np.floor((n_times - m - 1) / k)
            n_max = int(n_max)
            for j in range(1, n_max):
                ll += abs(x[m + j * k] - x[m + (j - 1) * k])
            ll /= k
            ll *= (n_times - 1) / (k * n_max)
            lm[m] = ll
        m_lm = 0
        for m in range(k):
            m_lm += lm[m]
        m_lm /= k
        lk[k - 1] = m_lm
        x_reg[k - 1] = log(1.0 / k)
        y_reg[k - 1] = log(m_lm)
    higuchi, _ = linear_regression(x_reg, y_reg)
    return higuchi


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
def lz_complexity(binary_string):
    u, v, w = 0, 1, 1
    v_max = 1
    length = binary_string.size
    complexity = 1
    while True:
        if binary_string[u + v - 1] == binary_string[w + v - 1]:
            v += 1
            if w + v >= length:
                complexity += 1
                break
        else:
            v_max = max(v, v_max)
            u += 1
            if u == w:
                complexity += 1
                w += v_max
                if w >= length:
                    break
                else:
                    u = 0
                    v = 1
                    v_max = 1
            else:
                v = 1
    return complexity
