"""np.random's parameterised and sized forms, compiled by nbc when kernels
call them (frontend/random.py picks one function per call form). They
draw through the single draws the frontend lowers to nbc.random:
np.random.random_sample(), standard_normal(), standard_exponential() and
np.random.randint(low, high), in the order NumPy's legacy RandomState
draws, so seeded results match CPython's. Messages are NumPy's."""

import numpy as np

from .random_distributions import choice_unique_weighted, search_right, weighted_cdf


def _negative(x):
    # NumPy's CONS_NON_NEGATIVE: the sign bit, so -0.0 too; NaN passes.
    return np.copysign(1.0, x) < 0 and not np.isnan(x)


# `out.reshape(out.size)` of a fresh C-contiguous array is a 1-d view of it.
def random_sample_size(size):
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = np.random.random_sample()
    return out


def standard_normal_size(size):
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = np.random.standard_normal()
    return out


def standard_exponential_size(size):
    out = np.empty(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = np.random.standard_exponential()
    return out


def normal(loc=0.0, scale=1.0):
    if _negative(scale):
        raise ValueError("scale < 0")
    return loc + scale * np.random.standard_normal()


def normal_size(loc=0.0, scale=1.0, size=None):
    if _negative(scale):
        raise ValueError("scale < 0")
    out = standard_normal_size(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = loc + scale * flat[i]
    return out


def _uniform_range(low, high):
    span = high - low
    if not np.isfinite(span):
        raise OverflowError("Range exceeds valid bounds")
    return span


def uniform(low=0.0, high=1.0):
    span = _uniform_range(low, high)
    return low + span * np.random.random_sample()


def uniform_size(low=0.0, high=1.0, size=None):
    span = _uniform_range(low, high)
    out = random_sample_size(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = low + span * flat[i]
    return out


def exponential(scale=1.0):
    if _negative(scale):
        raise ValueError("scale < 0")
    return scale * np.random.standard_exponential()


def exponential_size(scale=1.0, size=None):
    if _negative(scale):
        raise ValueError("scale < 0")
    out = standard_exponential_size(size)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = scale * flat[i]
    return out


def randint_high(high):
    # np.random.randint(high): [0, high).
    if high <= 0:
        raise ValueError("high <= 0")
    return np.random.randint(0, high)


def _randint_fill(low, high, size):
    out = np.empty(size, np.int64)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = np.random.randint(low, high)
    return out


def randint_size(low, high, size):
    if low >= high:
        raise ValueError("low >= high")
    return _randint_fill(low, high, size)


def randint_high_size(high, size):
    if high <= 0:
        raise ValueError("high <= 0")
    return _randint_fill(0, high, size)


# shuffle and permutation: NumPy's Fisher-Yates from the end, drawing
# random_interval(i) (= randint(0, i + 1)) even where there is nothing to
# swap, so the generator advances as NumPy's does (but not at all for an
# empty array).
def shuffle_1d(x):
    for i in range(x.shape[0] - 1, 0, -1):
        j = np.random.randint(0, i + 1)
        t = x[i]
        x[i] = x[j]
        x[j] = t


def shuffle_rows(x):
    if x.size == 0:
        return
    for i in range(x.shape[0] - 1, 0, -1):
        j = np.random.randint(0, i + 1)
        if i != j:
            t = x[i].copy()
            x[i] = x[j]
            x[j] = t


def permutation_int(x):
    out = np.arange(x)
    shuffle_1d(out)
    return out


def permutation_1d(x):
    out = x.copy()
    shuffle_1d(out)
    return out


def permutation_rows(x):
    # NumPy shuffles the row numbers: it draws even for rows of size 0.
    return x[permutation_int(x.shape[0])]


# choice(a, size=None, replace=True): `a` an int (the population is
# range(a)) or a 1-d array, whose length `pop` is checked as NumPy does.
def _check_population(pop, count, is_int):
    if pop <= 0 and count != 0:
        if is_int:
            raise ValueError("a must be greater than 0 unless no samples are taken")
        raise ValueError("'a' cannot be empty unless no samples are taken")


def choice_int(a):
    _check_population(a, 1, True)
    return np.random.randint(0, a)


def choice_array(a):
    _check_population(a.shape[0], 1, False)
    return a[np.random.randint(0, a.shape[0])]


def _choice_indices(pop, size, is_int):
    out = np.empty(size, np.int64)
    _check_population(pop, out.size, is_int)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = np.random.randint(0, pop)
    return out


def choice_int_size(a, size):
    return _choice_indices(a, size, True)


def choice_array_size(a, size):
    return a[_choice_indices(a.shape[0], size, False)]


# replace=False: the first `size` of permutation(pop), as NumPy's legacy
# choice does (it shuffles the whole population).
def _unique_indices(pop, size, is_int):
    out = np.empty(size, np.int64)
    _check_population(pop, out.size, is_int)
    if out.size > pop:
        raise ValueError("Cannot take a larger sample than population when "
                         "'replace=False'")
    order = permutation_int(pop)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = order[i]
    return out


def choice_int_unique(a, size):
    return _unique_indices(a, size, True)


def choice_array_unique(a, size):
    return a[_unique_indices(a.shape[0], size, False)]


def choice_int_unique_one(a):
    return _unique_indices(a, 1, True)[0]


def choice_array_unique_one(a):
    return a[_unique_indices(a.shape[0], 1, False)[0]]


# choice(a, size, replace=True, p): p's checks, then a search of the
# normalised cumulative sum (random_algorithms._weighted_cdf).
def _weighted_index(cdf):
    return search_right(cdf, np.random.random_sample())


def _weighted_indices(pop, p, atol, size, is_int):
    out = np.empty(size, np.int64)
    _check_population(pop, out.size, is_int)
    cdf = weighted_cdf(pop, p, atol)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = _weighted_index(cdf)
    return out


def choice_int_p(a, p, atol):
    _check_population(a, 1, True)
    return _weighted_index(weighted_cdf(a, p, atol))


def choice_array_p(a, p, atol):
    _check_population(a.shape[0], 1, False)
    return a[_weighted_index(weighted_cdf(a.shape[0], p, atol))]


def choice_int_p_size(a, p, atol, size):
    return _weighted_indices(a, p, atol, size, True)


def choice_array_p_size(a, p, atol, size):
    return a[_weighted_indices(a.shape[0], p, atol, size, False)]


def choice_int_unique_p(a, p, atol, size):
    return choice_unique_weighted(0, a, p, atol, True, size)


def choice_array_unique_p(a, p, atol, size):
    return a[choice_unique_weighted(0, a.shape[0], p, atol, False, size)]


def choice_int_unique_p_one(a, p, atol):
    return choice_unique_weighted(0, a, p, atol, True, 1)[0]


def choice_array_unique_p_one(a, p, atol):
    return a[choice_unique_weighted(0, a.shape[0], p, atol, False, 1)[0]]
