"""np.random.Generator's methods with parameters or sizes, compiled by nbc
when kernels call them (frontend/random_generator.py picks one per call
form). `g` is a Generator (types.Generator); they draw through its single
draws, which the frontend lowers to nbc.generator: g._nbc_random(),
g._nbc_normal(), g._nbc_exponential() and g._nbc_integers(low, range), in
the order NumPy's Generator draws, so seeded results match NumPy's.
Messages are NumPy's."""

import numpy as np

from .random import _negative, _uniform_range  # NumPy's checks, shared
from .random_generator_distributions import (choice_unique_weighted, gen_mask,
                                             random_interval, search_right,
                                             weighted_cdf)


def new_state():
    return np.zeros(6, np.uint64)


def random_size(g, size):
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_random()
    return out


def standard_normal_size(g, size):
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_normal()
    return out


def standard_exponential_size(g, size):
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_exponential()
    return out


def normal(g, loc=0.0, scale=1.0):
    if _negative(scale):
        raise ValueError("scale < 0")
    return loc + scale * g._nbc_normal()


def normal_size(g, loc=0.0, scale=1.0, size=None):
    if _negative(scale):
        raise ValueError("scale < 0")
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = loc + scale * g._nbc_normal()
    return out


def uniform(g, low=0.0, high=1.0):
    span = _uniform_range(low, high)
    return low + span * g._nbc_random()


def uniform_size(g, low=0.0, high=1.0, size=None):
    span = _uniform_range(low, high)
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = low + span * g._nbc_random()
    return out


def exponential(g, scale=1.0):
    if _negative(scale):
        raise ValueError("scale < 0")
    return scale * g._nbc_exponential()


def exponential_size(g, scale=1.0, size=None):
    if _negative(scale):
        raise ValueError("scale < 0")
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = scale * g._nbc_exponential()
    return out


def _integer_range(low, high, endpoint):
    """high - low (endpoint) or high - 1 - low: the count of values less
    one, as the bits of a uint64 (int64 arithmetic wraps)."""
    if endpoint:
        if low > high:
            raise ValueError("low > high")
        return high - low
    if low >= high:
        raise ValueError("low >= high")
    return high - 1 - low


def integers(g, low, high, endpoint):
    return g._nbc_integers(low, _integer_range(low, high, endpoint))


def integers_size(g, low, high, endpoint, size):
    span = _integer_range(low, high, endpoint)
    out = np.empty(size, np.int64)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_integers(low, span)
    return out


def _population(pop):
    if pop <= 0:
        raise ValueError("a must be a positive integer unless no samples are taken")
    return pop


def choice_int(g, a):
    return g._nbc_integers(0, _population(a) - 1)


def choice_array(g, a):
    return a[g._nbc_integers(0, _population(a.shape[0]) - 1)]


def choice_int_size(g, a, size):
    return integers_size(g, 0, _population(a), False, size)


def choice_array_size(g, a, size):
    idx = integers_size(g, 0, _population(a.shape[0]), False, size)
    out = np.empty(idx.shape, a.dtype)
    flat, flat_idx = out.reshape(out.size), idx.reshape(idx.size)
    for i in range(flat.shape[0]):
        flat[i] = a[flat_idx[i]]
    return out


def choice_int_p(g, a, p, atol):
    return search_right(weighted_cdf(_population(a), p, atol), g._nbc_random())


def choice_array_p(g, a, p, atol):
    return a[search_right(weighted_cdf(_population(a.shape[0]), p, atol), g._nbc_random())]


def choice_int_p_size(g, a, p, atol, size):
    cdf = weighted_cdf(_population(a), p, atol)
    out = np.empty(size, np.int64)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = search_right(cdf, g._nbc_random())
    return out


def choice_array_p_size(g, a, p, atol, size):
    cdf = weighted_cdf(_population(a.shape[0]), p, atol)
    out = np.empty(size, a.dtype)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = a[search_right(cdf, g._nbc_random())]
    return out


# shuffle and permutation: NumPy's Generator draws random_interval(i).
def shuffle_1d(g, x):
    for i in range(x.shape[0] - 1, 0, -1):
        j = random_interval(g, i)
        t = x[i]
        x[i] = x[j]
        x[j] = t


def shuffle_rows(g, x):
    if x.size == 0:
        return
    for i in range(x.shape[0] - 1, 0, -1):
        j = random_interval(g, i)
        if i != j:
            t = x[i].copy()
            x[i] = x[j]
            x[j] = t


def permutation_int(g, x):
    out = np.arange(x)
    shuffle_1d(g, out)
    return out


def permutation_1d(g, x):
    out = x.copy()
    shuffle_1d(g, out)
    return out


def permutation_rows(g, x):
    # NumPy shuffles the row numbers, drawing even for rows of size 0.
    return x[permutation_int(g, x.shape[0])]


# choice(..., replace=False): NumPy's Generator takes a tail shuffle of
# range(pop) for large samples of large populations, else Floyd's
# algorithm over an open-addressing set, then (shuffle=True) shuffles the
# sample; its swaps draw random_bounded_uint64, i.e. g._nbc_integers.
def _shuffle_int(g, data, n, first):
    for i in range(n - 1, first - 1, -1):
        j = g._nbc_integers(0, i)
        t = data[j]
        data[j] = data[i]
        data[i] = t


def _unique_indices(g, pop, count, shuffle, is_int):
    if pop <= 0 and count != 0:
        if is_int:
            raise ValueError("a must be a positive integer unless no samples are taken")
        raise ValueError("a cannot be empty unless no samples are taken")
    if count > pop:
        raise ValueError("Cannot take a larger sample than population when "
                         "replace is False")
    cutoff = 50 if shuffle else 20
    if pop > 10000 and count > pop // cutoff:
        order = np.arange(pop)
        _shuffle_int(g, order, pop, max(pop - count, 1))
        return order[pop - count:].copy()
    out = np.empty(count, np.int64)
    mask = gen_mask(int(1.2 * count))
    seen = np.full(mask + 1, -1, np.int64)
    for j in range(pop - count, pop):
        val = g._nbc_integers(0, j)
        loc = val & mask
        while seen[loc] != -1 and seen[loc] != val:
            loc = (loc + 1) & mask
        if seen[loc] == -1:  # val is new
            seen[loc] = val
            out[j - pop + count] = val
        else:  # take j instead, which no draw so far could return
            loc = j & mask
            while seen[loc] != -1:
                loc = (loc + 1) & mask
            seen[loc] = j
            out[j - pop + count] = j
    if shuffle:
        _shuffle_int(g, out, count, 1)
    return out


def _unique_shaped(g, pop, shuffle, is_int, size):
    out = np.empty(size, np.int64)
    idx = _unique_indices(g, pop, out.size, shuffle, is_int)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = idx[i]
    return out


def choice_int_unique(g, a, shuffle, size):
    return _unique_shaped(g, a, shuffle, True, size)


def choice_array_unique(g, a, shuffle, size):
    return a[_unique_shaped(g, a.shape[0], shuffle, False, size)]


def choice_int_unique_one(g, a, shuffle):
    return _unique_indices(g, a, 1, shuffle, True)[0]


def choice_array_unique_one(g, a, shuffle):
    return a[_unique_indices(g, a.shape[0], 1, shuffle, False)[0]]


def choice_int_unique_p(g, a, p, atol, size):
    return choice_unique_weighted(g, a, p, atol, True, size)


def choice_array_unique_p(g, a, p, atol, size):
    return a[choice_unique_weighted(g, a.shape[0], p, atol, False, size)]


def choice_int_unique_p_one(g, a, p, atol):
    return choice_unique_weighted(g, a, p, atol, True, 1)[0]


def choice_array_unique_p_one(g, a, p, atol):
    return a[choice_unique_weighted(g, a.shape[0], p, atol, False, 1)[0]]
