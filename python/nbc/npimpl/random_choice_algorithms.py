"""choice(p=)'s checks and search, and choice(replace=False, p=), written
once for both of nbc's generators as numpy/random/_generator.pyx and
mtrand.pyx do them: random_entry_points.instantiate runs this source in each
generator's namespace (its single draws and LEGACY, which selects the
messages)."""

import numpy as np

from .interpolation import _last_at_most

# Placeholders, replaced in each namespace by instantiate.
from .random_algorithms import LEGACY, _next_double  # noqa: F401


def _weighted_cdf(pop, p, atol):
    """choice(p=)'s checks of p (as float64, Kahan-summed; the Generator's
    messages differ), then its normalised cumulative sum."""
    if p.shape[0] != pop:  # (a 1-d p: the frontend checks)
        if not LEGACY:
            raise ValueError("a and p must have same size")
        raise ValueError("'a' and 'p' must have same size")
    n = p.shape[0]
    total = 0.0
    if n > 0:
        total = 1.0 * p[0]
    c = 0.0
    for i in range(1, n):
        y = p[i] - c
        t = total + y
        c = (t - total) - y
        total = t
    if np.isnan(total):
        if not LEGACY:
            raise ValueError("Probabilities contain NaN")
        raise ValueError("probabilities contain NaN")
    for i in range(n):
        if p[i] < 0:
            if not LEGACY:
                raise ValueError("Probabilities are not non-negative")
            raise ValueError("probabilities are not non-negative")
    if np.abs(total - 1.0) > atol:
        if not LEGACY:
            raise ValueError("Probabilities do not sum to 1. See Notes section of "
                             "docstring for more information.")
        raise ValueError("probabilities do not sum to 1")
    cdf = np.empty(n, np.float64)
    running = 0.0
    for i in range(n):
        running += p[i]
        cdf[i] = running
    last = cdf[n - 1]
    for i in range(n):
        cdf[i] = cdf[i] / last
    return cdf


def _search_right(cdf, u):
    """cdf.searchsorted(u, side='right')."""
    return _last_at_most(cdf, u) + 1


def _unique_weighted(g, p, count):
    """choice(len(p), count, replace=False, p) as both generators do it (p
    already checked): draw count - found uniforms, search them in the
    normalised cumsum of p with the found entries zeroed, keep each new
    index at its first occurrence; again until count are found."""
    positive = 0
    for i in range(p.shape[0]):
        if p[i] > 0:
            positive += 1
    if positive < count:
        raise ValueError("Fewer non-zero entries in p than size")
    weights = p.astype(np.float64)
    chosen = np.zeros(p.shape[0], np.bool_)
    found = np.empty(count, np.int64)
    n = 0
    while n < count:
        draws = np.empty(count - n)
        for i in range(draws.shape[0]):
            draws[i] = _next_double(g)
        for i in range(n):
            weights[found[i]] = 0.0
        cdf = np.cumsum(weights)
        last = cdf[cdf.shape[0] - 1]
        for i in range(cdf.shape[0]):
            cdf[i] = cdf[i] / last
        for i in range(draws.shape[0]):
            k = _search_right(cdf, draws[i])
            if not chosen[k]:  # (found entries have p = 0: never drawn)
                chosen[k] = True
                found[n] = k
                n += 1
    return found


def _choice_unique_weighted(g, pop, p, atol, is_int, size):
    """choice(a, size, replace=False, p): the population's, p's and the
    size's checks in NumPy's order, then _unique_weighted's indices."""
    out = np.empty(size, np.int64)
    if pop <= 0 and out.size != 0:
        if LEGACY:
            if is_int:
                raise ValueError("a must be greater than 0 unless no samples are taken")
            raise ValueError("'a' cannot be empty unless no samples are taken")
        if is_int:
            raise ValueError("a must be a positive integer unless no samples are taken")
        raise ValueError("a cannot be empty unless no samples are taken")
    if pop > 0:
        _weighted_cdf(pop, p, atol)
    if out.size > pop:
        if LEGACY:
            raise ValueError("Cannot take a larger sample than population when "
                             "'replace=False'")
        raise ValueError("Cannot take a larger sample than population when "
                         "replace is False")
    idx = _unique_weighted(g, p, out.size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = idx[i]
    return out
