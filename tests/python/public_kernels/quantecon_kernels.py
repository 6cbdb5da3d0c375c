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


# quantecon/markov/gth_solve.py: stationary distribution by GTH elimination.
@njit(cache=True)
def gth_solve(A, out):
    n = A.shape[0]
    for k in range(n - 1):
        scale = np.sum(A[k, k + 1:n])
        if scale <= 0:
            n = k + 1
            break
        for i in range(k + 1, n):
            A[i, k] /= scale
            for j in range(k + 1, n):
                A[i, j] += A[i, k] * A[k, j]
    out[n - 1] = 1
    for k in range(n - 2, -1, -1):
        for i in range(k + 1, n):
            out[k] += out[i] * A[i, k]
    norm = np.sum(out)
    for k in range(n):
        out[k] /= norm
    return out


# quantecon/markov/ddp.py: row-wise max and argmax of a CSR-stored matrix.
@njit(cache=True)
def s_wise_max_argmax(a_indices, a_indptr, vals, out_max, out_argmax):
    n = len(out_max)
    for i in range(n):
        if a_indptr[i] != a_indptr[i + 1]:
            m = a_indptr[i]
            for j in range(a_indptr[i] + 1, a_indptr[i + 1]):
                if vals[j] > vals[m]:
                    m = j
            out_max[i] = vals[m]
            out_argmax[i] = a_indices[m]
    return out_max, out_argmax


# quantecon/_lss.py: x_{t+1} = A x_t + v_t, written element by element.
@njit
def simulate_linear_model(A, x0, v, ts_length):
    A = np.asarray(A)
    n = A.shape[0]
    x = np.empty((n, ts_length))
    x[:, 0] = x0
    for t in range(ts_length - 1):
        for i in range(n):
            x[i, t + 1] = v[i, t]
            for j in range(n):
                x[i, t + 1] += A[i, j] * x[j, t]
    return x


# quantecon/random/utilities.py: k of n without replacement, per trial, from
# uniforms drawn in the kernel after seeding NumPy's legacy generator.
@njit
def sample_without_replacement(n, k, num_trials, seed):
    np.random.seed(seed)
    result = np.empty((num_trials, k), dtype=np.int_)
    pool = np.empty(n, dtype=np.int_)
    for t in range(num_trials):
        for i in range(n):
            pool[i] = i
        for j in range(k):
            idx = int(np.floor(np.random.random() * (n - j)))
            result[t, j] = pool[idx]
            pool[idx] = pool[n - j - 1]
    return result
