"""np.random.Generator's methods with parameters or sizes, compiled by nbc
when kernels call them (frontend/random_generator.py picks one per call
form). `g` is a Generator (types.Generator); they draw through its single
draws, which the frontend lowers to nbc.generator: g._nbc_random(),
g._nbc_normal(), g._nbc_exponential() and g._nbc_integers(low, range), in
the order NumPy's Generator draws, so seeded results match NumPy's.
Messages are NumPy's."""

import linecache

import numpy as np

from .random import _negative  # NumPy's checks, shared
from .random_generator_distributions import (ENTRY_POINTS, choice_unique_weighted,
                                             gen_mask, random_interval, search_right,
                                             weighted_cdf)

from .ziggurat_float_tables import (FE_FLOAT, FI_FLOAT, KE_FLOAT, KI_FLOAT, WE_FLOAT,
                                    WI_FLOAT)

standard_gamma = ENTRY_POINTS["standard_gamma"][0]


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


def _uniform_range(low, high):
    # The Generator's scalar checks (RandomState has only the first, worded
    # "Range exceeds valid bounds").
    span = high - low
    if not np.isfinite(span):
        raise OverflowError("high - low range exceeds valid bounds")
    if _negative(span):
        raise ValueError("high - low < 0")
    return span


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


# dtype=np.float32: NumPy's next_float, the top 24 bits of a 32-bit draw
# (g._nbc_integers over the full 32-bit range is next_uint32).
def random_f32(g):
    return np.float32((g._nbc_integers(0, 0xFFFFFFFF) >> 8) * (1.0 / 16777216.0))


def random_f32_size(g, size):
    out = np.empty(size, np.float32)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = random_f32(g)
    return out


# standard_normal and standard_exponential with dtype=np.float32: NumPy's
# float ziggurats (random_standard_normal_f, random_standard_exponential_f)
# on 32-bit draws with their own tables, in float32 arithmetic where NumPy's
# C is (exp(-0.5 * x * x) is a double one).
def _normal_f32(g, tables):
    ki, wi, fi = tables[0], tables[1], tables[2]
    while True:
        r = g._nbc_integers(0, 0xFFFFFFFF)
        idx = r & 0xFF
        rabs = (r >> 9) & 0x7FFFFF
        x = np.float32(rabs) * wi[idx]
        if (r >> 8) & 1:
            x = -x
        if rabs < ki[idx]:
            return x
        if idx == 0:  # the tail
            inv_r = np.float32(0.27366123732975827203338247596)
            r_f = np.float32(3.6541528853610087963519472518)
            while True:
                xx = -inv_r * np.log1p(-random_f32(g))
                yy = -np.log1p(-random_f32(g))
                if yy + yy > xx * xx:
                    return -(r_f + xx) if (rabs >> 8) & 1 else r_f + xx
        if (fi[idx - 1] - fi[idx]) * random_f32(g) + fi[idx] < \
                np.exp(-0.5 * np.float64(x) * np.float64(x)):
            return x


def _exponential_f32(g, tables):
    ke, we, fe = tables[3], tables[4], tables[5]
    while True:
        ri = g._nbc_integers(0, 0xFFFFFFFF) >> 1
        idx = ri & 0xFF
        ri >>= 8
        x = np.float32(ri) * we[idx]
        if ri < ke[idx]:
            return x
        if idx == 0:
            return np.float32(7.6971174701310497140446280481) - np.log1p(-random_f32(g))
        if (fe[idx - 1] - fe[idx]) * random_f32(g) + fe[idx] < np.exp(-x):
            return x


def _gamma_f32(g, shape, tables):
    # random_standard_gamma_f: Marsaglia and Tsang, or the shape < 1
    # rejection, in float32 (powf, logf, sqrtf) over the float draws.
    one = np.float32(1.0)
    if shape == one:
        return _exponential_f32(g, tables)
    if shape == np.float32(0.0):
        return np.float32(0.0)
    if shape < one:
        while True:
            u = random_f32(g)
            v = _exponential_f32(g, tables)
            if u <= one - shape:
                x = np.power(u, one / shape)
                if x <= v:
                    return x
            else:
                y = -np.log((one - u) / shape)
                x = np.power(one - shape + shape * y, one / shape)
                if x <= v + y:
                    return x
    b = shape - one / np.float32(3.0)
    c = one / np.sqrt(np.float32(9.0) * b)
    while True:
        x = _normal_f32(g, tables)
        v = one + c * x
        while v <= np.float32(0.0):
            x = _normal_f32(g, tables)
            v = one + c * x
        v = v * v * v
        u = random_f32(g)
        if u < one - np.float32(0.0331) * (x * x) * (x * x):
            return b * v
        if np.log(u) < np.float32(0.5) * x * x + b * (one - v + np.log(v)):
            return b * v


def _float_tables():
    return (np.array(KI_FLOAT, dtype=np.int64), np.array(WI_FLOAT, dtype=np.float32),
            np.array(FI_FLOAT, dtype=np.float32), np.array(KE_FLOAT, dtype=np.int64),
            np.array(WE_FLOAT, dtype=np.float32), np.array(FE_FLOAT, dtype=np.float32))


def standard_gamma_f32(g, shape):
    return standard_gamma_f32_size(g, shape, 1)[0]


def standard_gamma_f32_size(g, shape, size):
    shape32 = np.float32(shape)
    if _negative(shape32):
        raise ValueError("shape < 0")
    tables = _float_tables()
    out = np.empty(size, np.float32)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = _gamma_f32(g, shape32, tables)
    return out


def _ziggurat_f32_size(g, size, exponential):
    tables = _float_tables()
    out = np.empty(size, np.float32)
    flat = out.reshape(out.size)
    for i in range(flat.shape[0]):
        flat[i] = _exponential_f32(g, tables) if exponential else _normal_f32(g, tables)
    return out


def standard_normal_f32(g):
    return _ziggurat_f32_size(g, 1, False)[0]


def standard_normal_f32_size(g, size):
    return _ziggurat_f32_size(g, size, False)


def standard_exponential_f32(g):
    return _ziggurat_f32_size(g, 1, True)[0]


def standard_exponential_f32_size(g, size):
    return _ziggurat_f32_size(g, size, True)


# out=: a C-contiguous array of the method's dtype, filled and returned.
def _out_flat(out, size):
    if size is not None:  # (a separate test: size's None branch is pruned)
        if np.empty(size, np.bool_).shape != out.shape:
            raise ValueError("size must match out.shape when used together")
    return out.reshape(out.size)


def random_out(g, out, size=None):
    flat = _out_flat(out, size)
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_random()
    return out


def standard_normal_out(g, out, size=None):
    flat = _out_flat(out, size)
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_normal()
    return out


def standard_exponential_out(g, out, size=None):
    flat = _out_flat(out, size)
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_exponential()
    return out


def standard_gamma_out(g, shape, out, size=None):
    flat = _out_flat(out, size)
    for i in range(flat.shape[0]):
        flat[i] = standard_gamma(g, shape)
    return out


def fill_buffered(g, off, rng, bits, flat):
    """random_bounded_uint8/uint16/bool_fill: Lemire's method on `bits`
    (8, 16, or 1 for bool, taken raw) cut from 32-bit draws, low bits
    first, the buffer starting empty in each call as NumPy's."""
    mask = (1 << bits) - 1
    buf = 0
    bcnt = 0
    for i in range(flat.shape[0]):
        if rng == 0:
            flat[i] = off
            continue
        rng_excl = rng + 1
        threshold = (mask - rng) % rng_excl
        v = 0
        while True:
            if bcnt == 0:
                buf = g._nbc_integers(0, 0xFFFFFFFF)
                bcnt = 32 // bits - 1
            else:
                buf >>= bits
                bcnt -= 1
            if rng == mask:
                v = buf & mask
                break
            m = (buf & mask) * rng_excl
            if (m & mask) >= threshold:
                v = m >> bits
                break
        flat[i] = off + v


def fill_wide(g, off, rng, flat):
    # 32-bit types draw as int64 does for ranges below 2**32.
    for i in range(flat.shape[0]):
        flat[i] = g._nbc_integers(off, rng)


# integers(dtype=) of the narrower integer types and bool, one pair per
# dtype for NumPy's messages: integers_<dtype>(g, low, high, endpoint) and
# integers_<dtype>_size(..., size).
_INTEGER_DTYPES = {"int8": (8, -2**7, 2**7 - 1), "uint8": (8, 0, 2**8 - 1),
                   "int16": (16, -2**15, 2**15 - 1), "uint16": (16, 0, 2**16 - 1),
                   "int32": (32, -2**31, 2**31 - 1), "uint32": (32, 0, 2**32 - 1),
                   "bool": (1, 0, 1)}
INTEGERS_TYPED = {}


def _integers_typed():
    for name, (bits, lo, hi) in _INTEGER_DTYPES.items():
        fill = "fill_wide(g, low, span, flat)" if bits == 32 else \
            f"fill_buffered(g, low, span, {bits}, flat)"
        body = (f"    if low < {lo}:\n"
                f"        raise ValueError(\"low is out of bounds for {name}\")\n"
                f"    if high > ({hi} if endpoint else {hi + 1}):\n"
                f"        raise ValueError(\"high is out of bounds for {name}\")\n"
                "    span = _integer_range(low, high, endpoint)\n"
                f"    out = np.empty(size, np.{'bool_' if name == 'bool' else name})\n"
                "    flat = out.reshape(out.size)\n"
                f"    {fill}\n")
        source = (f"def integers_{name}_size(g, low, high, endpoint, size):\n{body}"
                  "    return out\n\n\n"
                  f"def integers_{name}(g, low, high, endpoint):\n"
                  f"    return integers_{name}_size(g, low, high, endpoint, 1)[0]\n")
        filename = f"<{__name__} integers_{name}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), globals())  # noqa: S102
        INTEGERS_TYPED[name] = (globals()[f"integers_{name}"],
                                globals()[f"integers_{name}_size"])


_integers_typed()


# permuted(x, axis): a copy with each 1-d slice along `axis` shuffled
# independently (NumPy iterates the other axes in C order); axis=None
# shuffles the flattened copy.
def permuted_flat(g, x):
    out = x.copy()
    shuffle_1d(g, out.reshape(out.size))
    return out


def permuted_rows(g, x):  # 2-d, axis=1
    out = x.copy()
    for r in range(out.shape[0]):
        shuffle_1d(g, out[r])
    return out


def permuted_columns(g, x):  # 2-d, axis=0
    out = x.copy()
    for c in range(out.shape[1]):
        shuffle_1d(g, out[:, c])
    return out
