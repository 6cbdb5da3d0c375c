"""np.interp, np.histogram (`density=` picks the *_density functions),
np.histogram_bin_edges and np.digitize, compiled by nbc when kernels call
them (see __init__.py). Values and messages are NumPy's."""

import numpy as np

from .searching import _before


def _last_at_most(xp, x):
    """The largest j with xp[j] <= x (-1 when x < xp[0]); xp increasing."""
    lo, hi = 0, xp.shape[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if xp[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _search_with_guess(key, arr, guess):
    """NumPy's binary_search_with_guess, step for step: the largest j with
    arr[j] <= key (-1 below arr[0], len above arr[-1]), first looking next to
    the previous answer. Taking the same steps gives NumPy's values even for
    an xp that is not increasing (which Numba's tests check)."""
    n = arr.shape[0]
    if key > arr[n - 1]:
        return n
    if key < arr[0]:
        return -1
    if n <= 4:
        i = 1
        while i < n and key >= arr[i]:
            i += 1
        return i - 1
    guess = max(1, min(guess, n - 3))
    imin, imax = 0, n
    if key < arr[guess]:
        if not key < arr[guess - 1]:  # NumPy's test: a NaN in arr goes this way
            return guess - 1
        imax = guess - 1
        if guess > 8 and key >= arr[guess - 8]:  # NumPy's LIKELY_IN_CACHE_SIZE
            imin = guess - 8
    else:
        if key < arr[guess + 1]:
            return guess
        if key < arr[guess + 2]:
            return guess + 1
        imin = guess + 2
        if guess < n - 8 - 1 and key < arr[guess + 8]:
            imax = guess + 8
    while imin < imax:
        mid = imin + ((imax - imin) >> 1)
        if key >= arr[mid]:
            imin = mid + 1
        else:
            imax = mid
    return imin - 1


def _interp_one(x, xp, fp, left, right, j):
    """(value, index found) of NumPy's arr_interp at x, branch for branch
    (so values agree to the bit); j is the previous index, the search's guess."""
    n = xp.shape[0]
    if n == 1:  # NumPy's one-point path (a NaN x gives fp[0] there)
        return (left if x < xp[0] else (right if x > xp[0] else 1.0 * fp[0])), j
    if np.isnan(x):
        return x, j
    j = _search_with_guess(x, xp, j)
    if j == -1:
        return left, j
    if j == n:
        return right, j
    if j == n - 1 or xp[j] == x:
        return 1.0 * fp[j], j
    slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    y = slope * (x - xp[j]) + fp[j]
    if np.isnan(y):
        y = slope * (x - xp[j + 1]) + fp[j + 1]
        if np.isnan(y) and fp[j] == fp[j + 1]:
            y = 1.0 * fp[j]
    return y, j


def _interp_check(xp, fp):
    if xp.ndim != 1 or fp.ndim != 1:
        raise ValueError("object too deep for desired array")
    if xp.shape[0] == 0:
        raise ValueError("array of sample points is empty")
    if xp.shape[0] != fp.shape[0]:
        raise ValueError("fp and xp are not of the same length.")


def _edge(value, default):
    if value is None:
        return 1.0 * default
    return 1.0 * value


def _interp_array(x, xp, fp, left, right):
    _interp_check(xp, fp)
    lo = _edge(left, fp[0])
    hi = _edge(right, fp[fp.shape[0] - 1])
    flat = x.ravel()
    out = np.empty(flat.shape[0], np.float64)
    j = 0
    for i in range(flat.shape[0]):
        out[i], j = _interp_one(1.0 * flat[i], xp, fp, lo, hi, j)
    return out.reshape(x.shape)


def _complex_part(slope, x, x0, x1, y0, y1):
    # One part of NumPy's arr_interp_complex, NaN retries included.
    y = slope * (x - x0) + y0
    if np.isnan(y):
        y = slope * (x - x1) + y1
        if np.isnan(y) and y0 == y1:
            y = y0
    return y


def _interp_one_complex(x, xp, fp, left, right, j):
    """NumPy's arr_interp_complex at x: each part on its own line, the
    slopes scaled by 1 / dx (not divided, as the real loop does)."""
    n = xp.shape[0]
    if n == 1:
        return (left if x < xp[0] else (right if x > xp[0] else fp[0])), j
    if np.isnan(x):
        return complex(x, 0.0), j
    j = _search_with_guess(x, xp, j)
    if j == -1:
        return left, j
    if j == n:
        return right, j
    if j == n - 1 or xp[j] == x:
        return fp[j], j
    x0, x1 = 1.0 * xp[j], 1.0 * xp[j + 1]
    inv_dx = 1.0 / (x1 - x0)
    y0, y1 = fp[j], fp[j + 1]
    re = _complex_part((y1.real - y0.real) * inv_dx, x, x0, x1, y0.real, y1.real)
    im = _complex_part((y1.imag - y0.imag) * inv_dx, x, x0, x1, y0.imag, y1.imag)
    return complex(re, im), j


def _complex_edge(value, default):
    if value is None:
        return default
    return value + 0j


def interp_complex(x, xp, fp, left=None, right=None, period=None):
    if period is not None:
        points, values, step = _periodic_points(xp, fp, period)
        return _interp_complex_array((1.0 * x) % step, points, values, None, None)
    return _interp_complex_array(x, xp, fp, left, right)


def _interp_complex_array(x, xp, fp, left, right):
    _interp_check(xp, fp)
    values = fp.astype(np.complex128)
    lo = _complex_edge(left, values[0])
    hi = _complex_edge(right, values[values.shape[0] - 1])
    flat = x.ravel()
    out = np.empty(flat.shape[0], np.complex128)
    j = 0
    for i in range(flat.shape[0]):
        out[i], j = _interp_one_complex(1.0 * flat[i], xp, values, lo, hi, j)
    return out.reshape(x.shape)


def interp_complex_scalar(x, xp, fp, left=None, right=None, period=None):
    return interp_complex(np.full(1, x), xp, fp, left, right, period)[0]


def _periodic_points(xp, fp, period):
    """NumPy's periodic sample points: xp % period sorted (fp alongside),
    with the last point repeated one period below and the first above."""
    if period == 0:
        raise ValueError("period must be a non-zero value")
    if xp.ndim != 1 or fp.ndim != 1:
        raise ValueError("Data points must be 1-D sequences")
    if xp.shape[0] != fp.shape[0]:
        raise ValueError("fp and xp are not of the same length")
    step = abs(1.0 * period)
    wrapped = (1.0 * xp) % step
    order = np.argsort(wrapped)
    xs = wrapped[order]
    fs = fp[order]
    return (np.concatenate((xs[-1:] - step, xs, xs[0:1] + step)),
            np.concatenate((fs[-1:], fs, fs[0:1])), step)


def interp(x, xp, fp, left=None, right=None, period=None):
    if period is None:
        return _interp_array(x, xp, fp, left, right)
    points, values, step = _periodic_points(xp, fp, period)
    return _interp_array((1.0 * x) % step, points, values, None, None)


def interp_scalar(x, xp, fp, left=None, right=None, period=None):
    if period is None:
        _interp_check(xp, fp)
        lo = _edge(left, fp[0])
        hi = _edge(right, fp[fp.shape[0] - 1])
        return _interp_one(1.0 * x, xp, fp, lo, hi, 0)[0]
    points, values, step = _periodic_points(xp, fp, period)
    return _interp_one((1.0 * x) % step, points, values, values[0],
                       values[values.shape[0] - 1], 0)[0]


def _histogram_range(a, range):
    if range is None:
        if a.size == 0:
            return 0.0, 1.0
        lo, hi = 1.0 * a.min(), 1.0 * a.max()
        if not (np.isfinite(lo) and np.isfinite(hi)):
            raise ValueError("autodetected range of [nan, nan] is not finite")
    else:
        lo, hi = 1.0 * range[0], 1.0 * range[1]
        if lo > hi:
            raise ValueError("max must be larger than min in range parameter.")
        if not (np.isfinite(lo) and np.isfinite(hi)):
            raise ValueError("supplied range of [nan, nan] is not finite")
    if lo == hi:
        lo -= 0.5
        hi += 0.5
    return lo, hi


def histogram(a, bins=10, range=None, weights=None):
    """Uniform bins (an int `bins`), as NumPy's fast path."""
    if bins < 1:
        raise ValueError("`bins` must be positive, when an integer")
    lo, hi = _histogram_range(a, range)
    return _uniform_histogram(a, bins, lo, hi, weights)


def _uniform_histogram(a, bins, lo, hi, weights):
    # The index from the scaled offset, then corrected by one against the
    # edges returned, exactly as NumPy does.
    edges = np.linspace(lo, hi, bins + 1)
    flat = a.ravel()
    if weights is None:
        counts = np.zeros(bins, np.int64)
    else:
        if weights.shape != a.shape:
            raise ValueError("weights should have the same shape as a.")
        counts = np.zeros(bins, np.float64)
        wflat = weights.ravel()
    span = hi - lo
    for i in range(flat.shape[0]):
        x = 1.0 * flat[i]
        if x >= lo and x <= hi:
            k = int((x - lo) / span * bins)
            if k == bins:
                k -= 1
            if x < edges[k]:
                k -= 1
            elif k != bins - 1 and x >= edges[k + 1]:
                k += 1
            if weights is None:
                counts[k] += 1
            else:
                counts[k] += wflat[i]
    return counts, edges


def histogram_edges(a, bins, range=None, weights=None):
    """Given bin edges (monotonically increasing, the last bin closed);
    `range` is ignored then, as in NumPy."""
    return _edges_histogram(a, bins, weights)


def _edges_histogram(a, bins, weights):
    n = bins.shape[0] - 1
    if bins.ndim != 1 or n < 0:
        raise ValueError("`bins` must be 1d, when an array")
    for j in range(n):
        if bins[j] > bins[j + 1]:
            raise ValueError("`bins` must increase monotonically, when an array")
    flat = a.ravel()
    if weights is None:
        counts = np.zeros(max(n, 0), np.int64)
    else:
        if weights.shape != a.shape:
            raise ValueError("weights should have the same shape as a.")
        counts = np.zeros(max(n, 0), np.float64)
        wflat = weights.ravel()
    for i in range(flat.shape[0]):
        x = flat[i]
        if n > 0 and x >= bins[0] and x <= bins[n]:
            k = _last_at_most(bins, x)
            if k == n:
                k = n - 1
            if weights is None:
                counts[k] += 1
            else:
                counts[k] += wflat[i]
    return counts, bins.copy()  # NumPy returns `bins` itself, of its dtype


def _density(counts, edges):
    # NumPy's n / np.diff(edges) / n.sum(), in that order, with NumPy's
    # division (NaN when empty, inf for an empty-width bin).
    total = counts.sum()
    out = np.empty(counts.shape[0], np.float64)
    for i in range(counts.shape[0]):
        width = 1.0 * (edges[i + 1] - edges[i])
        out[i] = np.divide(np.divide(counts[i], width), total)
    return out


def histogram_density(a, bins=10, range=None, weights=None):
    counts, edges = histogram(a, bins, range, weights)
    return _density(counts, edges), edges


def histogram_edges_density(a, bins, range=None, weights=None):
    counts, edges = _edges_histogram(a, bins, weights)
    return _density(counts, edges), edges


def _check_weights(a, weights):
    if weights is not None:
        if weights.shape != a.shape:
            raise ValueError("weights should have the same shape as a.")


def histogram_bin_edges(a, bins=10, range=None, weights=None):
    """The edges np.histogram uses for an int `bins`."""
    _check_weights(a, weights)
    if bins < 1:
        raise ValueError("`bins` must be positive, when an integer")
    lo, hi = _histogram_range(a, range)
    return np.linspace(lo, hi, bins + 1)


def histogram_bin_edges_given(a, bins, range=None, weights=None):
    """Given edges come back checked (a copy; NumPy returns `bins`)."""
    _check_weights(a, weights)
    return _checked_edges(bins)


def _checked_edges(bins):  # not in a function with a `range` parameter
    n = bins.shape[0] - 1
    if bins.ndim != 1 or n < 0:
        raise ValueError("`bins` must be 1d, when an array")
    for j in range(n):
        if bins[j] > bins[j + 1]:
            raise ValueError("`bins` must increase monotonically, when an array")
    return bins.copy()


def _digitize_one(x, bins, right, increasing):
    # NumPy: searchsorted of the bins (side "left" when `right`), read
    # backwards when they decrease; NaN sorts after every number.
    n = bins.shape[0]
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        edge = bins[mid] if increasing else bins[n - 1 - mid]
        if _before(edge, x, not right):
            lo = mid + 1
        else:
            hi = mid
    return lo if increasing else n - lo


def _increasing(bins):
    """NumPy's monotonicity test: the first pair of edges that differ
    decides the direction (NaN never equals: a NaN there means decreasing)."""
    n = bins.shape[0]
    i = 1
    while i < n and bins[i] == bins[0]:
        i += 1
    if i >= n:
        return True
    up = bins[i - 1] < bins[i]
    for j in range(i + 1, n):
        if (bins[j - 1] > bins[j]) if up else (bins[j - 1] < bins[j]):
            raise ValueError("bins must be monotonically increasing or decreasing")
    return up


def digitize(x, bins, right=False):
    increasing = _increasing(bins)
    flat = x.ravel()
    out = np.empty(flat.shape[0], np.int64)
    for i in range(flat.shape[0]):
        out[i] = _digitize_one(flat[i], bins, right, increasing)
    return out.reshape(x.shape)


def digitize_scalar(x, bins, right=False):
    return _digitize_one(x, bins, right, _increasing(bins))
