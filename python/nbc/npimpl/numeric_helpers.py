"""NaN-aware helpers (np.nan_to_num, np.nanargmax/nanargmin,
np.nancumsum/nancumprod), infinities (np.isposinf/isneginf), np.sinc, set
routines on sorted arrays (np.isin, np.union1d, np.intersect1d,
np.setdiff1d, np.setxor1d) and small constructors (np.tri,
np.tril_indices/triu_indices, np.vander, np.logspace, np.geomspace),
compiled by nbc when kernels call them (see __init__.py). Results, dtypes
and messages are NumPy's."""

import numpy as np


def _finite(flat, nan, big):
    for i in range(flat.shape[0]):
        if np.isnan(flat[i]):
            flat[i] = nan
        elif flat[i] == np.inf:
            flat[i] = big
        elif flat[i] == -np.inf:
            flat[i] = -big


def _finite_in_place(x, nan, big):
    for idx in np.ndindex(x.shape):
        v = x[idx]
        if np.isnan(v):
            x[idx] = nan
        elif v == np.inf:
            x[idx] = big
        elif v == -np.inf:
            x[idx] = -big


# One function per element kind (the largest finite value differs); the
# frontend picks one by the argument's dtype. copy=False changes x itself
# and returns it, as NumPy does.
def nan_to_num(x, copy=True, nan=0.0):
    if not copy:
        _finite_in_place(x, nan, 1.7976931348623157e308)
        return x
    flat = x.ravel().copy()
    _finite(flat, nan, 1.7976931348623157e308)
    return flat.reshape(x.shape)


def nan_to_num_float32(x, copy=True, nan=0.0):
    if not copy:
        _finite_in_place(x, nan, 3.4028234663852886e38)
        return x
    flat = x.ravel().copy()
    _finite(flat, nan, 3.4028234663852886e38)
    return flat.reshape(x.shape)


def nan_to_num_integer(x, copy=True, nan=0.0):
    return x.copy() if copy else x


def _nanarg(a, largest):
    flat = a.ravel()
    best = -1
    for i in range(flat.shape[0]):
        if flat[i] == flat[i] and (best < 0 or (flat[i] > flat[best] if largest
                                               else flat[i] < flat[best])):
            best = i
    if best < 0:
        raise ValueError("All-NaN slice encountered")
    return best


def nanargmax(a):
    return _nanarg(a, True)


def nanargmin(a):
    return _nanarg(a, False)


def nancumsum(a):
    flat = a.ravel()
    out = np.cumsum(np.where(np.isnan(flat), 0, flat))
    return out


def nancumprod(a):
    flat = a.ravel()
    return np.cumprod(np.where(np.isnan(flat), 1, flat))


def isposinf(x):
    return np.isinf(x) & (x > 0)


def isneginf(x):
    return np.isinf(x) & (x < 0)


def sinc(x):
    y = np.pi * np.where(x == 0, 1.0e-20, x)
    return np.sin(y) / y


def sinc_scalar(x):
    y = np.pi * (1.0e-20 if x == 0 else x)
    return np.sin(y) / y


def _contains_sorted(s, v):
    lo, hi = 0, s.shape[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if s[mid] < v:
            lo = mid + 1
        else:
            hi = mid
    return lo < s.shape[0] and s[lo] == v


def isin(element, test_elements):
    s = np.sort(test_elements.ravel())
    flat = element.ravel()
    out = np.empty(flat.shape[0], np.bool_)
    for i in range(flat.shape[0]):
        out[i] = _contains_sorted(s, flat[i])
    return out.reshape(element.shape)


def union1d(ar1, ar2):
    return np.unique(np.concatenate((ar1.ravel(), ar2.ravel())))


def intersect1d(ar1, ar2):
    a, b = np.unique(ar1), np.unique(ar2)
    keep = np.zeros(a.shape[0], np.bool_)
    for i in range(a.shape[0]):
        keep[i] = _contains_sorted(b, a[i])
    return np.concatenate((a[keep], b[:0]))  # the promoted dtype, as NumPy's


def setdiff1d(ar1, ar2):
    a, b = np.unique(ar1), np.sort(ar2.ravel())
    keep = np.zeros(a.shape[0], np.bool_)
    for i in range(a.shape[0]):
        keep[i] = not _contains_sorted(b, a[i])
    return a[keep]


def setxor1d(ar1, ar2):
    a, b = np.unique(ar1), np.unique(ar2)
    in_a = np.zeros(a.shape[0], np.bool_)
    in_b = np.zeros(b.shape[0], np.bool_)
    for i in range(a.shape[0]):
        in_a[i] = not _contains_sorted(b, a[i])
    for i in range(b.shape[0]):
        in_b[i] = not _contains_sorted(a, b[i])
    return np.sort(np.concatenate((a[in_a], b[in_b])))


def tri(N, M=None, k=0):
    cols = N if M is None else M
    out = np.zeros((N, cols), np.float64)
    for i in range(N):
        for j in range(min(cols, max(i + k + 1, 0))):
            out[i, j] = 1.0
    return out


def _triangle_indices(n, k, m, lower):
    cols = n if m is None else m
    count = 0
    for i in range(n):
        for j in range(cols):
            if (j <= i + k) if lower else (j >= i + k):
                count += 1
    rows_out = np.empty(count, np.int64)
    cols_out = np.empty(count, np.int64)
    count = 0
    for i in range(n):
        for j in range(cols):
            if (j <= i + k) if lower else (j >= i + k):
                rows_out[count] = i
                cols_out[count] = j
                count += 1
    return rows_out, cols_out


def tril_indices(n, k=0, m=None):
    return _triangle_indices(n, k, m, True)


def triu_indices(n, k=0, m=None):
    return _triangle_indices(n, k, m, False)


def _vander(x, N, increasing, out):
    cols = out.shape[1]
    for i in range(x.shape[0]):
        p = 1
        for j in range(cols):
            out[i, j if increasing else cols - 1 - j] = p
            p = p * x[i]
    return out


def _vander_columns(x, N):
    cols = x.shape[0] if N is None else N
    if cols < 0:
        raise ValueError("N must be nonnegative")
    return cols


# NumPy's result dtype promotes x's with int: float64 for floats, int64
# for integers and bools.
def vander(x, N=None, increasing=False):
    return _vander(x, N, increasing,
                   np.empty((x.shape[0], _vander_columns(x, N)), np.float64))


def vander_integer(x, N=None, increasing=False):
    return _vander(x, N, increasing,
                   np.empty((x.shape[0], _vander_columns(x, N)), np.int64))


def _linspace(start, stop, num, endpoint):
    if endpoint:
        return np.linspace(start, stop, num)
    return np.linspace(start, stop, num, False)


def logspace(start, stop, num=50, endpoint=True, base=10.0):
    return np.power(base, _linspace(start, stop, num, endpoint))


def geomspace(start, stop, num=50, endpoint=True):
    if start == 0 or stop == 0:
        raise ValueError("Geometric sequence cannot include zero")
    sign = 1.0
    if start < 0 and stop < 0:
        sign, start, stop = -1.0, -start, -stop
    elif start < 0 or stop < 0:
        raise ValueError("nbc: np.geomspace of values of both signs gives complex "
                         "numbers")
    out = np.power(10.0, _linspace(np.log10(start * 1.0), np.log10(stop * 1.0),
                                   num, endpoint))
    if num > 0:
        out[0] = start
        if endpoint and num > 1:
            out[num - 1] = stop
    return sign * out


def _linspace_columns(start, stop, num, endpoint):
    """np.linspace of 1-d start/stop (or one of them a scalar): (num, n), as
    NumPy's with axis=0, in its order of operations."""
    s, e = start + stop * 0.0, stop + start * 0.0  # broadcast, inexact
    if num < 0:
        raise ValueError("Number of samples must be non-negative.")
    div = num - 1 if endpoint else num
    delta = e - s
    y = np.arange(num).astype(s.dtype).reshape(num, 1)
    if div > 0:
        step = delta / div
        if np.any(step == 0):
            y = y / div * delta
        else:
            y = y * step
    else:
        y = y * delta
    y = y + s
    if endpoint and num > 1:
        y[num - 1, :] = e
    return y


def logspace_arrays(start, stop, num=50, endpoint=True, base=10.0):
    return np.power(base, _linspace_columns(start, stop, num, endpoint))


def geomspace_arrays(start, stop, num=50, endpoint=True):
    s, e = start * 1.0 + stop * 0.0, stop * 1.0 + start * 0.0
    if np.any(s == 0) or np.any(e == 0):
        raise ValueError("Geometric sequence cannot include zero")
    sign = np.sign(s)  # a stop of the other sign gives NaNs inside, as NumPy
    s, e = s / sign, e / sign
    out = np.power(10.0, _linspace_columns(np.log10(s), np.log10(e), num, endpoint))
    if num > 0:
        out[0, :] = s
        if endpoint and num > 1:
            out[num - 1, :] = e
    return sign * out


def iscomplex(x):  # NumPy's: imag(x) != 0 (all False for a real dtype)
    return np.imag(x) != 0


def isreal(x):
    return np.imag(x) == 0


def iscomplexobj(x):  # decided by the argument's type (VARIANTS)
    return False


def iscomplexobj_complex(x):
    return True


def isrealobj(x):
    return True


def isrealobj_complex(x):
    return False


def isscalar(x):  # an array (0-d too) is not a scalar, as NumPy's
    return False


def isscalar_scalar(x):
    return True


def _unwrap_row(p, out, discont, period):
    """NumPy's unwrap of one row: each step is brought into
    [-period/2, period/2) (period/2 when the step is positive), and the
    correction is kept where the step is at least `discont`; the
    corrections add up in order, as NumPy's cumsum."""
    high = period / 2
    correction = 0.0
    out[0] = p[0]
    for i in range(1, p.shape[0]):
        dd = p[i] - p[i - 1]
        ddmod = np.mod(dd + high, period) - high
        if ddmod == -high and dd > 0:
            ddmod = high
        if not abs(dd) < discont:  # a NaN step too, as NumPy's mask
            correction += ddmod - dd
        out[i] = p[i] + correction


def unwrap(p, discont=None, axis=-1, period=6.283185307179586):
    """np.unwrap along the last axis (as Numba, which takes axis=-1 only),
    of a float64 or integer array: a float64 result."""
    if axis != -1 and axis != p.ndim - 1:
        raise ValueError("np.unwrap: only the last axis is supported")
    if discont is None:
        discont = period / 2
    n = p.shape[-1]
    rows = p.size // n if n > 0 else 0
    flat = np.ascontiguousarray(p).reshape((rows, n))
    out = np.empty((rows, n), dtype=np.float64)
    for r in range(rows):
        _unwrap_row(flat[r], out[r], discont, period)
    return out.reshape(p.shape)
