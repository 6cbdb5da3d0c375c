"""np.cov, np.corrcoef, np.convolve and np.correlate, compiled by nbc when
kernels call them (see __init__.py). Values follow NumPy; where NumPy's
result shape depends on run-time sizes (a 2-d `m` with one row), nbc
raises, as Numba does, instead of guessing a type."""

import numpy as np


def _variables(m, rowvar):
    """`m` as a 2-d (variables, observations) float array."""
    if m.ndim > 2:
        raise ValueError("m has more than 2 dimensions")
    # NumPy's array(m, ndmin=2): rows given, not inferred (0 columns leave -1 open)
    x = (1.0 * m).reshape(m.shape[0] if m.ndim == 2 else 1, m.shape[-1])
    if not rowvar and x.shape[0] != 1:
        return x.T
    return x


def _covariance(x, bias, ddof):
    if ddof is None:
        fact = x.shape[1] - (0 if bias else 1)
    else:
        fact = x.shape[1] - ddof
    centred = x - (x.sum(axis=1) / x.shape[1]).reshape(-1, 1)
    c = centred @ centred.T.conj()  # NumPy conjugates: complex covariances are Hermitian
    if fact <= 0:
        return c * np.inf  # NumPy's 1 / 0 (with a warning there)
    return c * (1.0 / fact)


def cov(m, y=None, rowvar=True, bias=False, ddof=None):
    x = _variables(m, rowvar)
    if y is not None:
        x = np.concatenate((x, _variables(y, rowvar)), axis=0)
    elif m.ndim == 2 and x.shape[0] == 1:
        raise ValueError("2D array containing a single row is unsupported due to "
                         "ambiguity in type inference. To use numpy.cov in this case "
                         "simply pass the row as a 1D array, i.e. m[0].")
    return _covariance(x, bias, ddof)


def cov_vector(m, y=None, rowvar=True, bias=False, ddof=None):
    """A single 1-d variable: NumPy squeezes the 1x1 result to 0-d."""
    return _covariance(_variables(m, rowvar), bias, ddof).reshape(())


def corrcoef(x, y=None, rowvar=True):
    c = cov(x, y, rowvar)
    n = c.shape[0]
    stddev = np.empty(n)
    for i in range(n):
        stddev[i] = np.sqrt(c[i, i])
    out = c / stddev.reshape(-1, 1) / stddev.reshape(1, -1)
    return np.clip(out, -1.0, 1.0)


def corrcoef_vector(x, y=None, rowvar=True):
    c = _covariance(_variables(x, rowvar), False, None)[0, 0]
    return c / c


def _correlated(a, v, n_left, n_right, reverse_v):
    # out[k] = sum_j a[j + k - n_left] * v[j] (v read backwards to convolve),
    # with a at least as long as v, as NumPy's correlate arranges.
    n1, n = a.shape[0], v.shape[0]
    if n1 == 0:
        raise ValueError("a cannot be empty")
    if n == 0:
        raise ValueError("v cannot be empty")
    out = np.zeros(n1 - n + 1 + n_left + n_right, (a[:0] * v[:0]).dtype)
    for k in range(out.shape[0]):
        lag = k - n_left
        for j in range(max(0, -lag), min(n, n1 - lag)):
            out[k] += a[j + lag] * (v[n - 1 - j] if reverse_v else v[j])
    return out


def _mode_margins(n, mode):
    if mode == 0:  # valid
        return 0, 0
    if mode == 1:  # same
        return n // 2, n - n // 2 - 1
    return n - 1, n - 1  # full


def _convolve(a, v, mode):
    if a.ndim != 1 or v.ndim != 1:
        raise ValueError("object too deep for desired array")
    if v.shape[0] > a.shape[0]:
        left, right = _mode_margins(a.shape[0], mode)
        return _correlated(v, a, left, right, True)
    left, right = _mode_margins(v.shape[0], mode)
    return _correlated(a, v, left, right, True)


def _correlate(a, v, mode):
    if a.ndim != 1 or v.ndim != 1:
        raise ValueError("object too deep for desired array")
    v = np.conj(v)  # NumPy's correlate conjugates its second operand
    if v.shape[0] > a.shape[0]:
        left, right = _mode_margins(a.shape[0], mode)
        return _correlated(v, a, left, right, False)[::-1].copy()
    left, right = _mode_margins(v.shape[0], mode)
    return _correlated(a, v, left, right, False)


def convolve_full(a, v):
    return _convolve(a, v, 2)


def convolve_same(a, v):
    return _convolve(a, v, 1)


def convolve_valid(a, v):
    return _convolve(a, v, 0)


def correlate_full(a, v):
    return _correlate(a, v, 2)


def correlate_same(a, v):
    return _correlate(a, v, 1)


def correlate_valid(a, v):
    return _correlate(a, v, 0)
