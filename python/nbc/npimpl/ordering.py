"""np.median, np.nanmedian, np.percentile, np.quantile, np.nanpercentile,
np.nanquantile (NumPy's default 'linear' method) and np.unique over the
flattened array, compiled by nbc when kernels call them (see __init__.py),
on top of np.sort (the runtime's radix sort). Values are computed in
float64; the frontend casts the result back to float32 for float32 input,
as NumPy returns it. Messages are NumPy's."""

import numpy as np

from .shared import library


@library
def _sorted_float(a):
    """The elements of `a`, flattened and sorted (NaNs last), as float64."""
    return np.sort(a, axis=None).astype(np.float64)


def _median_of_sorted(s, n):
    if n == 0:
        return np.nan
    if np.isnan(s[n - 1]):
        return np.nan
    half = n // 2
    if n % 2 == 1:
        return s[half]
    return (s[half - 1] + s[half]) / 2.0


@library
def median(a):
    s = _sorted_float(a)
    return _median_of_sorted(s, s.shape[0])


def _nanmedian_of_sorted(s):
    n = s.shape[0]
    while n > 0 and np.isnan(s[n - 1]):
        n -= 1
    return _median_of_sorted(s, n)


@library
def nanmedian(a):
    return _nanmedian_of_sorted(_sorted_float(a))


def _complex_median_of_sorted(s, n):
    """NumPy's median of n complex values sorted lexicographically (NaNs
    last): the last one when it has a NaN part, else the middle (mean of
    the two middle ones), in the array's complex dtype."""
    if n == 0:
        return s[:1].sum() + complex(np.nan, np.nan)
    if np.isnan(s[n - 1]):
        return s[n - 1]
    half = n // 2
    if n % 2 == 1:
        return s[half]
    return (s[half - 1] + s[half]) / 2.0


def median_complex(a):
    s = np.sort(a, axis=None)
    return _complex_median_of_sorted(s, s.shape[0])


def _complex_nanmedian_of_sorted(s):
    n = s.shape[0]
    while n > 0 and np.isnan(s[n - 1]):
        n -= 1
    return _complex_median_of_sorted(s, n)


def nanmedian_complex(a):
    return _complex_nanmedian_of_sorted(np.sort(a, axis=None))


def _lerp(a, b, t):
    # NumPy's _lerp: from the nearer end, so that t = 1 gives b exactly.
    d = b - a
    if t >= 0.5:
        return b - d * (1.0 - t)
    return a + d * t


def _quantile_of_sorted(s, q):
    n = s.shape[0]
    if n == 0:
        raise IndexError("index -1 is out of bounds for axis 0 with size 0")
    if np.isnan(s[n - 1]):
        return np.nan
    virtual = (n - 1) * q
    below = int(np.floor(virtual))
    if virtual >= n - 1:
        return s[n - 1]
    if virtual < 0:
        return s[0]
    return _lerp(s[below], s[below + 1], virtual - below)


def _check_quantile(q):
    if not (q >= 0.0 and q <= 1.0):
        raise ValueError("Quantiles must be in the range [0, 1]")


def _check_percentile(q):
    if not (q >= 0.0 and q <= 100.0):
        raise ValueError("Percentiles must be in the range [0, 100]")


def _check(q, scale):
    if scale == 100.0:
        _check_percentile(q)
    else:
        _check_quantile(q)


def _quantile_at(s, q, skip_nan):
    if skip_nan:
        return _nanquantile_of_sorted(s, q)
    return _quantile_of_sorted(s, q)


def _nanquantile_of_sorted(s, q):
    """NumPy's nanquantile: the quantile of the values that are not NaN
    (NaN when there are none)."""
    n = s.shape[0]
    while n > 0 and np.isnan(s[n - 1]):
        n -= 1
    if n == 0:
        return np.nan
    return _quantile_of_sorted(s[:n], q)


@library
def _scalar_quantile(a, q, scale, skip_nan):
    _check(q, scale)
    return _quantile_at(_sorted_float(a), q / scale, skip_nan)


@library
def _quantiles(a, q, scale, skip_nan):
    """The quantiles (scale 1) or percentiles (scale 100) of `a` at the
    array `q` (or list or tuple), in q's shape."""
    qs = np.asarray(q)
    flat = qs.ravel()
    for i in range(flat.shape[0]):
        _check(flat[i], scale)
    s = _sorted_float(a)
    out = np.empty(flat.shape[0], np.float64)
    for i in range(flat.shape[0]):
        out[i] = _quantile_at(s, flat[i] / scale, skip_nan)
    return out.reshape(qs.shape)


def quantile_scalar(a, q):
    return _scalar_quantile(a, q, 1.0, False)


def percentile_scalar(a, q):
    return _scalar_quantile(a, q, 100.0, False)


def nanquantile_scalar(a, q):
    return _scalar_quantile(a, q, 1.0, True)


def nanpercentile_scalar(a, q):
    return _scalar_quantile(a, q, 100.0, True)


def quantile(a, q):
    return _quantiles(a, q, 1.0, False)


def percentile(a, q):
    return _quantiles(a, q, 100.0, False)


def nanquantile(a, q):
    return _quantiles(a, q, 1.0, True)


def nanpercentile(a, q):
    return _quantiles(a, q, 100.0, True)


def refuse_bools():  # NumPy's interpolation subtracts
    raise TypeError("numpy boolean subtract, the `-` operator, is not supported, "
                    "use the bitwise_xor, the `^` operator, or the logical_xor "
                    "function instead.")


def refuse_complex():  # NumPy's quantile functions check a's kind first
    raise TypeError("a must be an array of real numbers")


# The quantiles of complex arrays (any of the four functions): NumPy raises.
def quantiles_of_complex(a, q):
    refuse_complex()
    return _quantiles(np.zeros(1), q, 1.0, True)


def quantile_of_complex_scalar(a, q):
    refuse_complex()
    return _scalar_quantile(np.zeros(1), q, 1.0, True)


# The quantiles of bools (NaN-skipping or not): NumPy checks q, then raises.
def quantile_of_bools(a, q):
    out = _quantiles(np.zeros(1), q, 1.0, True)
    refuse_bools()
    return out


def percentile_of_bools(a, q):
    out = _quantiles(np.zeros(1), q, 100.0, True)
    refuse_bools()
    return out


def quantile_of_bools_scalar(a, q):
    out = _scalar_quantile(np.zeros(1), q, 1.0, True)
    refuse_bools()
    return out


def percentile_of_bools_scalar(a, q):
    out = _scalar_quantile(np.zeros(1), q, 100.0, True)
    refuse_bools()
    return out


def _unique_count(s):
    """How many distinct values the sorted `s` holds (NaNs count once)."""
    n = s.shape[0]
    count = 0
    for i in range(n):
        if i == 0 or (s[i] != s[i - 1] and not (s[i] != s[i] and s[i - 1] != s[i - 1])):
            count += 1
    return count


def _first_nan_kept(a, out):
    """np.unique(a) of NumPy 2.4 (hashing) keeps the first NaN of `a` in
    input order, where nan+1j and 1+nanj count as one NaN; with
    return_counts it sorts and keeps the first NaN in sorted order."""
    m = out.shape[0]
    if m > 0 and out[m - 1] != out[m - 1]:
        flat = a.ravel()
        for i in range(flat.shape[0]):
            if flat[i] != flat[i]:
                out[m - 1] = flat[i]
                break


@library
def unique(a):
    s = np.sort(a, axis=None)
    out = np.empty(_unique_count(s), s.dtype)
    k = 0
    for i in range(s.shape[0]):
        if i == 0 or (s[i] != s[i - 1] and not (s[i] != s[i] and s[i - 1] != s[i - 1])):
            out[k] = s[i]
            k += 1
    _first_nan_kept(a, out)
    return out


@library
def unique_counts(a):
    s = np.sort(a, axis=None)
    m = _unique_count(s)
    out = np.empty(m, s.dtype)
    counts = np.zeros(m, np.int64)
    k = -1
    for i in range(s.shape[0]):
        if i == 0 or (s[i] != s[i - 1] and not (s[i] != s[i] and s[i - 1] != s[i - 1])):
            k += 1
            out[k] = s[i]
        counts[k] += 1
    return out, counts
