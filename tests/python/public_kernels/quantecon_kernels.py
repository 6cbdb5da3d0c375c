"""Kernels modelled on QuantEcon.py (github.com/QuantEcon/QuantEcon.py,
BSD-3-Clause): same algorithms, constructs and decorator options, written
anew. Files: quantecon/_inequality.py (lorenz_curve, gini_coefficient),
quantecon/util/array.py (searchsorted), quantecon/markov/core.py
(generate_sample_paths), quantecon/_gridtools.py (repeat_1d, simplex_grid,
num_compositions), quantecon/optimize/scalar_maximization.py (brent_max:
`func(x, *args)`)."""

import numpy as np

from public_kernels.backend import njit, prange


@njit
def lorenz_curve(y):
    n = len(y)
    y = np.sort(y)
    s = np.zeros(n + 1)
    s[1:] = np.cumsum(y)
    cum_people = np.zeros(n + 1)
    cum_income = np.zeros(n + 1)
    for i in range(1, n + 1):
        cum_people[i] = i / n
        cum_income[i] = s[i] / s[n]
    return cum_people, cum_income


@njit(parallel=True)
def gini_coefficient(y):
    n = len(y)
    i_sum = np.zeros(n)
    for i in prange(n):
        for j in range(n):
            i_sum[i] += abs(y[i] - y[j])
    return np.sum(i_sum) / (2 * n * np.sum(y))


@njit
def searchsorted(a, v):
    lo = -1
    hi = len(a)
    while lo < hi - 1:
        m = (lo + hi) // 2
        if v < a[m]:
            hi = m
        else:
            lo = m
    return hi


@njit(cache=True)
def generate_sample_paths(P_cdfs, init_states, random_values, out):
    num_reps, ts_length = out.shape
    for i in range(num_reps):
        out[i, 0] = init_states[i]
        for t in range(ts_length - 1):
            out[i, t + 1] = searchsorted(P_cdfs[out[i, t]], random_values[i, t])
    return out


@njit(cache=True)
def repeat_1d(x, K, out):
    N = x.shape[0]
    L = out.shape[0] // (K * N)
    for n in range(N):
        val = x[n]
        for k in range(K):
            for ell in range(L):
                ind = k * N * L + n * L + ell
                out[ind] = val
    return out


@njit(cache=True)
def num_compositions(m, n):
    # binom(n + m - 1, m - 1) in floating point, as the original
    k = m - 1
    num = 1.0
    for i in range(k):
        num *= (n + m - 1 - i) / (i + 1)
    return int(np.round(num))


@njit(cache=True)
def simplex_grid(m, n):
    L = num_compositions(m, n)
    out = np.empty((L, m), dtype=np.int_)
    x = np.zeros(m, dtype=np.int_)
    x[m - 1] = n
    for j in range(m):
        out[0, j] = x[j]
    h = m
    for i in range(1, L):
        h -= 1
        val = x[h]
        x[h] = 0
        x[m - 1] = val - 1
        x[h - 1] += 1
        for j in range(m):
            out[i, j] = x[j]
        if val != 1:
            h = m
    return out


@njit
def brent_max(func, a, b, args=(), xtol=1e-5, maxiter=500):
    # golden-section search as the original's fallback step: maximises func(x, *args)
    invphi = (np.sqrt(5.0) - 1.0) / 2.0
    c = b - invphi * (b - a)
    d = a + invphi * (b - a)
    fc = func(c, *args)
    fd = func(d, *args)
    num_iter = 0
    while abs(b - a) > xtol and num_iter < maxiter:
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - invphi * (b - a)
            fc = func(c, *args)
        else:
            a, c, fc = c, d, fd
            d = a + invphi * (b - a)
            fd = func(d, *args)
        num_iter += 1
    xf = (a + b) / 2.0
    return xf, func(xf, *args), num_iter


@njit
def crra_utility(c, gamma, k):
    return (c ** (1.0 - gamma) - 1.0) / (1.0 - gamma) - k * c


@njit
def maximise_utility(gamma, k):
    return brent_max(crra_utility, 0.1, 10.0, args=(gamma, k))
