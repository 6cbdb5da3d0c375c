"""np.searchsorted, np.bincount and np.roll, compiled by nbc when kernels
call them (see __init__.py). Messages are NumPy's."""

import numpy as np


def _search(a, x, right):
    lo, hi = 0, a.shape[0]
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] <= x) if right else (a[mid] < x):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _search_all(a, v, right):
    flat = v.ravel()
    out = np.empty(flat.shape[0], np.int64)
    for i in range(flat.shape[0]):
        out[i] = _search(a, flat[i], right)
    return out.reshape(v.shape)


# One function per (side, scalar or array `v`): the frontend picks one and
# takes `side=` away.
def searchsorted_left(a, v):
    return _search_all(a, v, False)


def searchsorted_right(a, v):
    return _search_all(a, v, True)


def searchsorted_left_scalar(a, v):
    return _search(a, v, False)


def searchsorted_right_scalar(a, v):
    return _search(a, v, True)


def bincount(x, weights=None, minlength=0):
    if minlength < 0:
        raise ValueError("'minlength' must not be negative")
    n = minlength
    for i in range(x.shape[0]):
        if x[i] < 0:
            raise ValueError("'list' argument must have no negative elements")
        if x[i] + 1 > n:
            n = x[i] + 1
    if weights is None:
        counts = np.zeros(n, np.int64)
        for i in range(x.shape[0]):
            counts[x[i]] += 1
        return counts
    if weights.shape[0] != x.shape[0]:
        raise ValueError("The weights and list don't have the same length.")
    sums = np.zeros(n, np.float64)
    for i in range(x.shape[0]):
        sums[x[i]] += weights[i]
    return sums


def roll(a, shift, axis=None):
    flat = a.ravel()
    n = flat.shape[0]
    out = np.empty_like(flat)
    if n == 0:
        return out.reshape(a.shape)
    k = shift % n
    for i in range(n):
        out[(i + k) % n] = flat[i]
    return out.reshape(a.shape)
