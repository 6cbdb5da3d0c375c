"""Time-series kernels modelled on STUMPY (github.com/TDAmeritrade/stumpy,
BSD-3-Clause; stumpy/core.py: fastmath given as a set of flags, Greek
identifiers, `a[..., i:j] = v`) and statsforecast
(github.com/Nixtla/statsforecast, Apache-2.0; python/statsforecast/ses.py
and arima.py): same algorithms, constructs and decorator options, written
anew."""

import numpy as np

from public_kernels.backend import njit

FASTMATH = {"nsz", "arcp", "contract", "afn", "reassoc"}
DENOM_THRESHOLD = 1e-14


@njit(fastmath=FASTMATH)
def sliding_dot_product(Q, T):
    m = Q.shape[0]
    count = T.shape[0] - m + 1
    out = np.empty(count)
    for i in range(count):
        out[i] = np.dot(Q, T[i: i + m])
    return out


@njit(fastmath=FASTMATH)
def welford_nanvar(a, w, a_subseq_isfinite):
    variances = np.empty(a.shape[0] - w + 1, dtype=np.float64)
    prev_mean = 0.0
    prev_var = 0.0
    for start in range(a.shape[0] - w + 1):
        prev_start = start - 1
        stop = start + w
        last = start + w - 1
        if start == 0 or not a_subseq_isfinite[prev_start] or not a_subseq_isfinite[start]:
            mean = np.nanmean(a[start:stop])
            var = np.nanvar(a[start:stop])
        else:
            mean = prev_mean + (a[last] - a[prev_start]) / w
            var = prev_var + (a[last] - a[prev_start]) * (
                a[last] - mean + a[prev_start] - prev_mean) / w
        variances[start] = var
        prev_mean = mean
        prev_var = var
    return variances


@njit
def apply_exclusion_zone(a, idx, excl_zone, val):
    zone_start = max(0, idx - excl_zone)
    zone_stop = min(a.shape[-1], idx + excl_zone)
    a[..., zone_start: zone_stop + 1] = val


@njit(fastmath=True)
def squared_distance(m, QT, μ_Q, σ_Q, M_T, Σ_T, Q_isconstant, T_isconstant):
    if np.isinf(M_T) or np.isinf(μ_Q):
        D_squared = np.inf
    elif Q_isconstant and T_isconstant:
        D_squared = 0
    elif Q_isconstant or T_isconstant:
        D_squared = m
    else:
        denom = (σ_Q * Σ_T) * m
        denom = max(denom, DENOM_THRESHOLD)
        ρ = (QT - (μ_Q * M_T) * m) / denom
        ρ = min(ρ, 1.0)
        D_squared = np.abs(2 * m * (1.0 - ρ))
    return D_squared


@njit(fastmath=True)
def squared_distance_profile(m, QT, μ_Q, σ_Q, M_T, Σ_T, Q_isconstant, T_isconstant):
    k = M_T.shape[0]
    D_squared = np.empty(k, dtype=np.float64)
    for i in range(k):
        D_squared[i] = squared_distance(m, QT[i], μ_Q, σ_Q, M_T[i], Σ_T[i],
                                        Q_isconstant, T_isconstant[i])
    return D_squared


@njit(nogil=True, cache=True)
def ses_forecast_mse(x, alpha):
    smoothed = x[0]
    n = x.size
    mse = 0.
    fitted = np.full(n, np.nan, dtype=x.dtype)
    for i in range(1, n):
        smoothed = alpha * x[i - 1] + (1 - alpha) * smoothed
        error = x[i] - smoothed
        mse += error * error
        fitted[i] = smoothed
    return smoothed, mse / n, fitted


@njit(nogil=True, cache=True)
def partrans(p, raw, new):
    if p > 100:
        raise ValueError("can only transform 100 pars in arima0")
    new[:p] = np.tanh(raw[:p])
    work = new[:p].copy()
    for j in range(1, p):
        a = new[j]
        for k in range(j):
            work[k] -= a * new[j - k - 1]
        new[:j] = work[:j]
    return new


@njit(nogil=True, cache=True)
def tsconv(a, b):
    na = len(a)
    nb = len(b)
    ab = np.zeros(na + nb - 1)
    for i in range(na):
        for j in range(nb):
            ab[i + j] += a[i] * b[j]
    return ab


# stumpy/core.py: how many distances each diagonal of the matrix profile holds.
@njit(fastmath=FASTMATH)
def count_diagonal_ndist(diags, m, n_A, n_B):
    counts = np.zeros(diags.shape[0], dtype=np.int64)
    for d in range(diags.shape[0]):
        k = diags[d]
        if k >= 0:
            counts[d] = min(n_B - m + 1 - k, n_A - m + 1)
        else:
            counts[d] = min(n_B - m + 1, n_A - m + 1 + k)
    return counts
