"""np.searchsorted, np.bincount and np.roll, compiled by nbc when kernels
call them (see __init__.py). Messages are NumPy's."""

import numpy as np


def _less(a, b):
    """NumPy's sort order (npysort's *_LT): NaN after every number; complex
    numbers by real part, then imaginary part, R + Rj < R + nanj < nan + Rj
    < nan + nanj (a real number's imaginary part is 0: the same test)."""
    ar, ai, br, bi = a.real, a.imag, b.real, b.imag
    if ar < br:
        return ai == ai or bi != bi
    if ar > br:
        return bi != bi and ai == ai
    if ar == br or (ar != ar and br != br):
        return ai < bi or (bi != bi and ai == ai)
    return br != br


def _before(a, b, right):
    """NumPy's binsearch test: a before the left insertion point of b, or
    (right) not after b."""
    return not _less(b, a) if right else _less(a, b)


def _search(a, x, right, lo=0, hi=-1):
    hi = a.shape[0] if hi < 0 else hi
    while lo < hi:
        mid = lo + ((hi - lo) >> 1)
        if _before(a[mid], x, right):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _search_all(a, v, right):
    # NumPy's binsearch step for step: each search starts from the bounds the
    # previous key left (so an unsorted `a` gives NumPy's values, as Numba).
    flat = v.ravel()
    n = a.shape[0]
    out = np.empty(flat.shape[0], np.int64)
    lo, hi = 0, n
    for i in range(flat.shape[0]):
        if i > 0 and _before(flat[i - 1], flat[i], right):
            hi = n
        else:
            lo = 0
            hi = hi + 1 if hi < n else n
        lo = _search(a, flat[i], right, lo, hi)
        hi = lo  # the bisection ends with both bounds at the answer
        out[i] = lo
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
    flat = a.ravel()  # C order
    out = np.empty_like(flat)
    size = flat.shape[0]
    # Along `axis`, C-order index i is (outer, j, inner): j moves by `shift`.
    n, inner = size, 1
    if axis is not None:
        ax = axis + a.ndim if axis < 0 else axis
        if ax < 0 or ax >= a.ndim:
            raise ValueError("axis is out of bounds for the array (AxisError in NumPy)")
        shape = np.array(a.shape)
        n = shape[ax]
        for d in range(ax + 1, a.ndim):
            inner *= shape[d]
    if size == 0:
        return out.reshape(a.shape)
    k = shift % n
    # Whole runs of `inner` elements move; no division per element.
    for base in range(0, size, n * inner):
        for j in range(n):
            src = base + j * inner
            dst = base + ((j + k) % n) * inner
            out[dst:dst + inner] = flat[src:src + inner]
    return out.reshape(a.shape)


def roll_shifts_axes(a, shift, axis):
    """np.roll with sequences (tuples or 1-d arrays) `shift` and `axis`,
    broadcast against each other as NumPy does (one of length 1 repeats):
    one roll per pair (NumPy adds the shifts of a repeated axis; rolling
    twice does the same)."""
    shifts, axes = np.array(shift), np.array(axis)  # indexed at run time
    ns, na = shifts.shape[0], axes.shape[0]
    if ns != na and ns != 1 and na != 1:
        raise ValueError("shape mismatch: objects cannot be broadcast to a single shape")
    out = a.copy()
    for k in range(max(ns, na)):
        out = roll(out, shifts[k if ns > 1 else 0], axes[k if na > 1 else 0])
    return out


def roll_axes(a, shift, axis):
    """np.roll(a, n, axis=(i, j, ...)): each axis by n."""
    axes = np.array(axis)
    out = roll(a, shift, axes[0])
    for k in range(1, axes.shape[0]):
        out = roll(out, shift, axes[k])
    return out


def roll_shifts(a, shift, axis=None):
    """np.roll(a, (n, m, ...), axis=i): axis i by their sum (NumPy
    broadcasts the axis against the shifts); without axis the flat array."""
    return roll(a, np.sum(np.array(shift)), axis)

