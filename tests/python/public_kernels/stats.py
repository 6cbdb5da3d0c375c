"""Statistics and numerics kernels written the way public Numba code
writes them: Welford's running mean/variance (a helper returning the
updated state tuple), pandas-style EWMA (adjust, ignore_na), a rolling
z-score over a ring buffer, scipy.signal.lfilter's direct form II
transposed (normalised by a[0], optional zi), Viterbi with a backpointer
table, a Gaussian KDE with Scott's bandwidth, and root finding: bisection
on a jitted function passed as an argument (ValueError on a bad bracket)
and Newton's method with a tolerance loop, early return and RuntimeError
when it does not converge. Written anew."""

import math

import numpy as np

from public_kernels.backend import njit


@njit
def welford_update(state, x):
    count, mean, m2 = state
    count += 1
    delta = x - mean
    mean += delta / count
    m2 += delta * (x - mean)
    return count, mean, m2


@njit
def welford_finalize(state, ddof=0):
    count, mean, m2 = state
    if count < 2:
        return mean, np.nan
    return mean, m2 / (count - ddof)


@njit
def running_variance(x, ddof=1):
    state = (0, 0.0, 0.0)
    means = np.empty_like(x)
    variances = np.empty_like(x)
    for i in range(x.shape[0]):
        if np.isnan(x[i]):
            means[i], variances[i] = welford_finalize(state, ddof)
            continue
        state = welford_update(state, x[i])
        means[i], variances[i] = welford_finalize(state, ddof)
    return means, variances


@njit
def ewma(vals, com, adjust=True, ignore_na=False, minp=1):
    N = len(vals)
    output = np.empty(N, dtype=np.float64)
    if N == 0:
        return output
    alpha = 1.0 / (1.0 + com)
    old_wt_factor = 1.0 - alpha
    new_wt = 1.0 if adjust else alpha
    weighted_avg = vals[0]
    is_observation = weighted_avg == weighted_avg
    nobs = int(is_observation)
    output[0] = weighted_avg if nobs >= minp else np.nan
    old_wt = 1.0
    for i in range(1, N):
        cur = vals[i]
        is_observation = cur == cur
        nobs += is_observation
        if weighted_avg == weighted_avg:
            if is_observation or not ignore_na:
                old_wt *= old_wt_factor
                if is_observation:
                    if weighted_avg != cur:
                        weighted_avg = ((old_wt * weighted_avg) + (new_wt * cur)) / (old_wt + new_wt)
                    if adjust:
                        old_wt += new_wt
                    else:
                        old_wt = 1.0
        elif is_observation:
            weighted_avg = cur
        output[i] = weighted_avg if nobs >= minp else np.nan
    return output


@njit
def rolling_zscore(x, window):
    n = x.shape[0]
    out = np.full(n, np.nan)
    buf = np.zeros(window)
    s = 0.0
    s2 = 0.0
    for i in range(n):
        pos = i % window
        if i >= window:
            old = buf[pos]
            s -= old
            s2 -= old * old
        buf[pos] = x[i]
        s += x[i]
        s2 += x[i] * x[i]
        if i + 1 < window:
            continue
        mean = s / window
        var = s2 / window - mean * mean
        std = math.sqrt(var) if var > 0 else 0.0
        out[i] = (x[i] - mean) / std if std > 0 else 0.0
    return out


@njit
def lfilter(b, a, x, zi=None):
    """y, zf as scipy.signal.lfilter(b, a, x, zi=zi) for 1-d x."""
    n = max(len(a), len(b))
    bb = np.zeros(n)
    aa = np.zeros(n)
    bb[:len(b)] = b
    aa[:len(a)] = a
    if aa[0] == 0.0:
        raise ValueError("Initial coefficient of a must be non-zero")
    if aa[0] != 1.0:
        bb = bb / aa[0]
        aa = aa / aa[0]
    z = np.zeros(n)
    if zi is not None:
        z[:n - 1] = zi
    y = np.empty(len(x))
    for k in range(len(x)):
        xk = x[k]
        yk = bb[0] * xk + z[0]
        for i in range(1, n):
            z[i - 1] = bb[i] * xk - aa[i] * yk + z[i]
        y[k] = yk
    return y, z[:n - 1]


@njit
def viterbi_path(log_emit, log_trans, log_init):
    T, S = log_emit.shape
    delta = np.empty((T, S))
    psi = np.zeros((T, S), dtype=np.int32)
    delta[0] = log_init + log_emit[0]
    for t in range(1, T):
        for j in range(S):
            scores = delta[t - 1] + log_trans[:, j]
            psi[t, j] = np.argmax(scores)
            delta[t, j] = scores[psi[t, j]] + log_emit[t, j]
    path = np.empty(T, dtype=np.int32)
    path[-1] = np.argmax(delta[-1])
    for t in range(T - 2, -1, -1):
        path[t] = psi[t + 1, path[t + 1]]
    return path, delta[-1].max()


@njit
def gaussian_kde(data, points, bw_method="scott"):
    n = data.shape[0]
    if bw_method == "scott":
        factor = n ** (-1.0 / 5)
    else:
        factor = (n * 3.0 / 4.0) ** (-1.0 / 5)
    sigma = np.std(data) * math.sqrt(n / (n - 1.0)) * factor
    norm = 1.0 / (n * sigma * math.sqrt(2 * math.pi))
    out = np.empty(points.shape[0])
    for i in range(points.shape[0]):
        total = 0.0
        for j in range(n):
            z = (points[i] - data[j]) / sigma
            total += math.exp(-0.5 * z * z)
        out[i] = total * norm
    return out


@njit
def cubic(x, coeffs):
    return ((coeffs[0] * x + coeffs[1]) * x + coeffs[2]) * x + coeffs[3]


@njit
def cubic_prime(x, coeffs):
    return (3 * coeffs[0] * x + 2 * coeffs[1]) * x + coeffs[2]


@njit
def bisect(f, a, b, args, xtol=1e-12, maxiter=200):
    fa = f(a, args)
    fb = f(b, args)
    if fa * fb > 0:
        raise ValueError("f(a) and f(b) must have different signs")
    if fa == 0:
        return a, 0
    if fb == 0:
        return b, 0
    for it in range(maxiter):
        m = 0.5 * (a + b)
        fm = f(m, args)
        if fm == 0 or 0.5 * (b - a) < xtol:
            return m, it + 1
        if np.sign(fm) == np.sign(fa):
            a, fa = m, fm
        else:
            b = m
    raise RuntimeError("bisection did not converge")


@njit
def cubic_root_bisect(coeffs, a, b):
    return bisect(cubic, a, b, coeffs)


@njit
def newton(x0, coeffs, tol=1.48e-8, maxiter=50):
    x = x0
    for itr in range(maxiter):
        fval = cubic(x, coeffs)
        if fval == 0:
            return x, itr
        fder = cubic_prime(x, coeffs)
        if fder == 0:
            raise RuntimeError("derivative was zero")
        step = fval / fder
        x = x - step
        if abs(step) < tol:
            return x, itr + 1
    raise RuntimeError("Failed to converge after the maximum number of iterations")


@njit
def secant(coeffs, x0, x1, tol=1e-10, maxiter=100):
    f0 = cubic(x0, coeffs)
    f1 = cubic(x1, coeffs)
    it = 0
    while it < maxiter:
        if f1 == f0:
            raise ZeroDivisionError("secant: f(x0) == f(x1)")
        x2 = x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x2 - x1) < tol:
            break
        x0, f0 = x1, f1
        x1, f1 = x2, cubic(x2, coeffs)
        it += 1
    else:
        raise RuntimeError("secant did not converge")
    return x2, it


@njit
def golden_section_min(coeffs, a, b, tol=1e-8):
    invphi = (math.sqrt(5) - 1) / 2
    c = b - (b - a) * invphi
    d = a + (b - a) * invphi
    fc, fd = cubic(c, coeffs), cubic(d, coeffs)
    n = 0
    while abs(b - a) > tol:
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - (b - a) * invphi
            fc = cubic(c, coeffs)
        else:
            a, c, fc = c, d, fd
            d = a + (b - a) * invphi
            fd = cubic(d, coeffs)
        n += 1
    return (a + b) / 2, n


@njit
def autocorrelation(x, max_lag):
    n = x.size
    mean = x.mean()
    var = ((x - mean) ** 2).sum()
    acf = np.empty(max_lag + 1)
    for lag in range(max_lag + 1):
        s = 0.0
        for t in range(n - lag):
            s += (x[t] - mean) * (x[t + lag] - mean)
        acf[lag] = s / var
    return acf


@njit
def mann_kendall(x, alpha=0.05):
    n = len(x)
    s = 0
    for k in range(n - 1):
        for j in range(k + 1, n):
            s += np.sign(x[j] - x[k])
    xs = np.sort(x)
    tie_term = 0
    i = 0
    while i < n:
        j = i
        while j + 1 < n and xs[j + 1] == xs[i]:
            j += 1
        t = j - i + 1
        tie_term += t * (t - 1) * (2 * t + 5)
        i = j + 1
    var_s = (n * (n - 1) * (2 * n + 5) - tie_term) / 18
    if s > 0:
        z = (s - 1) / np.sqrt(var_s)
    elif s < 0:
        z = (s + 1) / np.sqrt(var_s)
    else:
        z = 0.0
    p = math.erfc(abs(z) / math.sqrt(2))
    if p < alpha:
        trend = 1 if z > 0 else -1
    else:
        trend = 0
    return trend, s, z, p


@njit
def bootstrap_mean_ci(x, idx, level=95.0):
    B = idx.shape[0]
    means = np.empty(B)
    for b in range(B):
        means[b] = np.mean(x[idx[b]])
    lo = (100.0 - level) / 2
    return np.percentile(means, [lo, 100.0 - lo])


@njit
def ewm_mean(x, com=None, span=None, halflife=None, alpha=None):
    """pandas' parameters: exactly one of com, span, halflife, alpha."""
    if com is not None:
        a = 1.0 / (1.0 + com)
    elif span is not None:
        if span < 1:
            raise ValueError("span must satisfy: span >= 1")
        a = 2.0 / (span + 1.0)
    elif halflife is not None:
        a = 1.0 - np.exp(np.log(0.5) / halflife)
    elif alpha is not None:
        a = alpha
    else:
        raise ValueError("Must pass one of com, span, halflife, or alpha")
    out = np.empty_like(x)
    out[0] = x[0]
    for i in range(1, len(x)):
        out[i] = a * x[i] + (1 - a) * out[i - 1]
    return out


@njit
def simpson(f, a, b, n, p):
    if n % 2:
        raise ValueError("n must be even")
    h = (b - a) / n
    s = f(a, p) + f(b, p)
    for k in range(1, n, 2):
        s += 4 * f(a + k * h, p)
    for k in range(2, n, 2):
        s += 2 * f(a + k * h, p)
    return s * h / 3


@njit
def integrate_cubic(coeffs, a, b, n=100):
    return simpson(cubic, a, b, n, coeffs)


@njit
def brentq(coeffs, xa, xb, xtol=2e-12, rtol=8.881784197001252e-16, maxiter=100):
    """scipy's brentq, as its C source reads, on the cubic."""
    xpre, xcur = xa, xb
    xblk, fblk, spre, scur = 0.0, 0.0, 0.0, 0.0
    fpre = cubic(xpre, coeffs)
    fcur = cubic(xcur, coeffs)
    if fpre * fcur > 0:
        raise ValueError("f(a) and f(b) must have different signs")
    if fpre == 0:
        return xpre, 0
    if fcur == 0:
        return xcur, 0
    for i in range(maxiter):
        if fpre != 0 and fcur != 0 and np.sign(fpre) != np.sign(fcur):
            xblk, fblk = xpre, fpre
            spre = scur = xcur - xpre
        if abs(fblk) < abs(fcur):
            xpre, xcur, xblk = xcur, xblk, xcur
            fpre, fcur, fblk = fcur, fblk, fcur
        delta = (xtol + rtol * abs(xcur)) / 2
        sbis = (xblk - xcur) / 2
        if fcur == 0 or abs(sbis) < delta:
            return xcur, i + 1
        if abs(spre) > delta and abs(fcur) < abs(fpre):
            if xpre == xblk:
                stry = -fcur * (xcur - xpre) / (fcur - fpre)
            else:
                dpre = (fpre - fcur) / (xpre - xcur)
                dblk = (fblk - fcur) / (xblk - xcur)
                stry = -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
            if 2 * abs(stry) < min(abs(spre), 3 * abs(sbis) - delta):
                spre, scur = scur, stry
            else:
                spre, scur = sbis, sbis
        else:
            spre, scur = sbis, sbis
        xpre, fpre = xcur, fcur
        if abs(scur) > delta:
            xcur += scur
        else:
            xcur += delta if sbis > 0 else -delta
        fcur = cubic(xcur, coeffs)
    raise RuntimeError("brentq did not converge")


@njit
def ks_2samp_statistic(a, b):
    a = np.sort(a)
    b = np.sort(b)
    n1, n2 = len(a), len(b)
    i = j = 0
    d = 0.0
    while i < n1 and j < n2:
        x = min(a[i], b[j])
        while i < n1 and a[i] <= x:
            i += 1
        while j < n2 and b[j] <= x:
            j += 1
        d = max(d, abs(i / n1 - j / n2))
    return d


@njit
def average_ranks(x):
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x))
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and x[order[j + 1]] == x[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


@njit
def wilcoxon_signed_rank(x, y):
    d = x - y
    d = d[d != 0]
    r = average_ranks(np.abs(d))
    w_plus = np.sum(r[d > 0])
    w_minus = np.sum(r[d < 0])
    n = len(d)
    mean = n * (n + 1) / 4
    sd = math.sqrt(n * (n + 1) * (2 * n + 1) / 24)
    z = (min(w_plus, w_minus) - mean) / sd
    return w_plus, w_minus, z, math.erfc(-z / math.sqrt(2))


@njit
def cohens_kappa(a, b, k):
    cm = np.zeros((k, k), dtype=np.int64)
    for i in range(len(a)):
        cm[a[i], b[i]] += 1
    n = cm.sum()
    po = np.diag(cm).sum() / n
    pe = (cm.sum(axis=0) * cm.sum(axis=1)).sum() / n ** 2
    if pe == 1:
        return 1.0, cm
    return (po - pe) / (1 - pe), cm


@njit
def entropy_bits(labels):
    counts = np.bincount(labels)
    p = counts / counts.sum()
    h = 0.0
    for pk in p:
        if pk > 0:
            h -= pk * np.log2(pk)
    return h, counts.argmax()
