"""Dicts and sets keyed by tuples, and dicts holding tuples, against CPython
running the same functions: sparse accumulation and co-occurrence counting
(`d[(i, j)] = d.get((i, j), 0.0) + w` on `{}`, `dict()` and typed
`Dict.empty(key_type=UniTuple(int64, 2), ...)`), `in`, `len`, `pop`, `del`,
iteration over keys and items in insertion order with the tuples unpacked,
sets of pairs, tuple values, KeyError with the tuple as its argument, keys
that compare equal across int and float fields (`(1, 2)` finds `(1.0,
2.0)`), -0.0 and 0.0 as one field; and clear errors for what is refused."""

import numpy as np
import pytest

import kernel_cache
import nbc
from conftest import requires_exec


def cooccurrence(seq, window):
    d = {}
    for i in range(len(seq)):
        for j in range(i + 1, min(i + window + 1, len(seq))):
            a, b = seq[i], seq[j]
            key = (a, b) if a <= b else (b, a)
            d[key] = d.get(key, 0.0) + 1.0 / (j - i)
    keys = np.empty((len(d), 2), dtype=np.int64)
    vals = np.empty(len(d))
    n = 0
    for (a, b), v in d.items():
        keys[n, 0], keys[n, 1] = a, b
        vals[n] = v
        n += 1
    return keys, vals


PAIR = nbc.types.UniTuple(nbc.types.int64, 2)


def typed_sparse(rows, cols, w):
    d = nbc.typed.Dict.empty(key_type=PAIR, value_type=nbc.types.float64)
    for k in range(len(rows)):
        d[(rows[k], cols[k])] = d.get((rows[k], cols[k]), 0.0) + w[k]
    total = 0.0
    for key in d:
        r, c = key
        total += (r * 100 + c) * d[key]
    return total, len(d)


try:  # numba.typed.Dict.empty with Numba's types, as public code writes it
    from numba import types as numba_types
    from numba.typed import Dict as NumbaDict
    NUMBA_PAIR = numba_types.UniTuple(numba_types.int64, 2)
except ImportError:
    numba_types = None


def numba_typed_sparse(rows, cols):
    d = NumbaDict.empty(key_type=NUMBA_PAIR, value_type=numba_types.int64)
    for k in range(len(rows)):
        key = (rows[k], cols[k])
        if key in d:
            d[key] += 1
        else:
            d[key] = 1
    return len(d), d[(rows[0], cols[0])]


def edit_pairs(n):
    d = dict()
    for i in range(n):
        d[(i % 7, i % 5)] = i
    removed = 0
    for i in range(0, n, 3):
        removed += d.pop((i % 7, i % 5), -1)
    if (1, 1) in d:
        del d[(1, 1)]
    order = 0
    for k in d:
        i, j = k
        order = order * 3 + i * 10 + j
        order %= 1000003
    return len(d), removed, order


def pair_set(a):
    s = set()
    for i in range(len(a) - 1):
        s.add((a[i], a[i + 1]))
    hits = 0
    for i in range(len(a) - 1):
        if (a[i + 1], a[i]) in s:
            hits += 1
    s.discard((a[0], a[1]))
    out = 0
    for x, y in s:  # Python's set order is its own: a sum does not depend on it
        out += x * 10 + y
    return len(s), hits, out


def tuple_values(n):
    d = {}
    for i in range(n):
        d[i % 4] = (i, i * 0.5)
    total = 0.0
    for pos, (k, (i, x)) in enumerate(d.items()):
        total += pos * 1e6 + k * 1000 + i + x
    first, half = d[(n - 1) % 4]
    return total, first, half


def mixed_fields(x, y):
    d = {(1.0, 2.0): 5, (-0.0, 1.5): 7}
    d[(0.0, 1.5)] += 1
    d[(1, 2)] = d[(1, 2)] * 2
    found = (x, y) in d
    return d[(1, 2)], d[(0.0, 1.5)], len(d), found, d.get((x, y), -1)


def int_keys_float_probe(x):
    d = {(1, 2): 10, (3, 4): 20}
    return (x, 2) in d, d.get((x, 2), 0)


def heterogeneous(n):
    d = {}
    for i in range(n):
        d[(i % 3, (i % 4) * 0.25)] = d.get((i % 3, (i % 4) * 0.25), 0) + i
    return len(d), d[(2, 0.75)] if (2, 0.75) in d else -1


def widened_keys(x):
    d = {}
    d[(1, 2)] = 1
    d[(x, 2.0)] = 2  # widens the keys to floats: (1.0, 2.0) is (1, 2)
    return len(d), d[(1, 2)], d.get((x, 2), 0)


def table_methods(n):
    d = {}
    for i in range(n):
        d.setdefault((i % 3, i % 2), i)
    e = d.copy()
    k, v = d.popitem()
    same = d == e
    e.update(d)
    return len(d), k[0], k[1], v, same, len(e)


def set_algebra(n):
    s = {(i, i % 2) for i in range(n)}
    t = {(i, 0) for i in range(0, n, 2)}
    u = s & t
    return len(u), len(s - t), len(s | t), (2, 0) in u


def bool_and_one_field(n):
    s = set()
    d = {}
    for i in range(n):
        s.add((i % 2 == 0, i % 3 == 0))
        d[(i % 4,)] = i
    return len(s), (True, False) in s, len(d), d.get((3,), -1)


def missing_pair(n, i, j):
    d = {}
    for k in range(n):
        d[(k, k + 1)] = k
    return d[(i, j)]


def missing_float_pair(x):
    s = {(1, 0.5)}
    s.remove((2, x))
    return len(s)


SIZES = [0, 1, 7, 60]


@requires_exec
@pytest.mark.parametrize("n", SIZES)
def test_cooccurrence_in_insertion_order(n):
    seq = np.random.default_rng(n).integers(0, 6, n)
    got, want = kernel_cache.njit(cooccurrence)(seq, 3), cooccurrence(seq, 3)
    np.testing.assert_array_equal(got[0], want[0].reshape(-1, 2))
    np.testing.assert_allclose(got[1], want[1], rtol=1e-15)
    assert got[0].dtype == want[0].dtype and got[1].dtype == want[1].dtype


@requires_exec
@pytest.mark.parametrize("n", SIZES)
def test_edits_and_iteration_order(n):
    assert kernel_cache.njit(edit_pairs)(n) == edit_pairs(n)
    a = np.random.default_rng(n).integers(0, 4, n + 2)
    assert kernel_cache.njit(pair_set)(a) == pair_set(a)
    assert kernel_cache.njit(tuple_values)(n + 1) == tuple_values(n + 1)
    assert kernel_cache.njit(heterogeneous)(n) == heterogeneous(n)


@requires_exec
@pytest.mark.parametrize("fn, arg", [(widened_keys, 1.0), (widened_keys, 1.5),
                                     (table_methods, 10), (set_algebra, 10),
                                     (bool_and_one_field, 7)])
def test_widening_methods_and_set_algebra(fn, arg):
    assert kernel_cache.njit(fn)(arg) == fn(arg)


@requires_exec
def test_typed_dicts_of_pairs():
    rng = np.random.default_rng(1)
    rows, cols, w = rng.integers(0, 5, 40), rng.integers(0, 5, 40), rng.random(40)
    got, want = kernel_cache.njit(typed_sparse)(rows, cols, w), typed_sparse(rows, cols, w)
    assert got[1] == want[1]
    assert got[0] == pytest.approx(want[0], rel=1e-14)
    if numba_types is None:
        pytest.skip("numba is not installed")
    assert kernel_cache.njit(numba_typed_sparse)(rows, cols) == numba_typed_sparse(rows, cols)


@requires_exec
@pytest.mark.parametrize("x, y", [(1, 2), (1.0, 2.0), (-0.0, 1.5), (0.5, 2.0), (3, 3)])
def test_keys_compare_by_value(x, y):
    got, want = kernel_cache.njit(mixed_fields)(x, y), mixed_fields(x, y)
    assert got == want and [type(v) for v in got] == [type(v) for v in want]
    assert kernel_cache.njit(int_keys_float_probe)(float(x)) == int_keys_float_probe(float(x))


def key_error_of(fn, *args):
    with pytest.raises(KeyError) as info:
        fn(*args)
    return info.value.args, str(info.value)


@requires_exec
@pytest.mark.parametrize("i, j", [(3, 3), (-1, 0), (2 ** 40, 5)])
def test_key_error_names_the_tuple(i, j):
    assert key_error_of(kernel_cache.njit(missing_pair), 10, i, j) == \
        key_error_of(missing_pair, 10, i, j)
    assert kernel_cache.njit(missing_pair)(10, 4, 5) == missing_pair(10, 4, 5)
    x = float(j) + 0.25
    assert key_error_of(kernel_cache.njit(missing_float_pair), x) == \
        key_error_of(missing_float_pair, x)


def five_fields(n):
    d = {}
    d[(n, n, n, n, n)] = 1
    return len(d)


def tuple_keyed_arrays(n):
    d = {}
    d[(n, n)] = np.zeros(3)
    return len(d)


def lengths_differ(n):
    s = {(n, n)}
    s.add((n, n, n))
    return len(s)


def return_pairs(n):
    return {(n, n): 1.0}


def get_optional(n):
    d = {1: (n, n)}
    return d.get(n)


@pytest.mark.parametrize("fn, error, message", [
    (five_fields, nbc.UnsupportedError, "dict keys that are tuples hold 1 to 4 fields"),
    (tuple_keyed_arrays, nbc.UnsupportedError, "dicts of arrays with tuple keys"),
    (lengths_differ, nbc.TypingError, "cannot insert a Tuple(int64, int64, int64) key"),
    (return_pairs, nbc.UnsupportedError, "returning a dict or set of tuples"),
    (get_optional, nbc.UnsupportedError, "d.get(k) of a dict of tuples"),
])
def test_refused_clearly(fn, error, message):
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        nbc.njit(fn)(2)
