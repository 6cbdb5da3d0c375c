"""Dicts in kernels against CPython running the same functions: literals,
`{}`/`dict()` typed by their first insertion, nbc.typed.Dict.empty and
numba.typed.Dict.empty, indexing, `+=` on items, get/setdefault/pop/del,
`in`, len, iteration over keys/values/items in insertion order,
comprehensions; integer, float (-0.0 == 0.0) and bool keys; Python's
KeyError (with the key as its argument); clear errors for what is not
supported; and tables freed on every call (the resident set stays flat)."""

import math

import numpy as np
import pytest

import kernel_cache
import nbc
from conftest import requires_exec

SIZES = [0, 1, 5, 6, 7, 50, 1000]  # tables of 8, 16, 32, ... slots


def histogram(a):
    counts = {}
    for x in a:
        counts[x] = counts.get(x, 0) + 1
    out = np.zeros(len(counts))
    i = 0
    for k in counts:
        out[i] = k * 1000.0 + counts[k]
        i += 1
    return out


def histogram_augmented(a):
    counts = dict()
    for x in a:
        if x not in counts:
            counts[x] = 0
        counts[x] += 1
    total = 0
    for k, v in counts.items():
        total += int(k) * v
    return total, len(counts)


def fib_memo(n):
    memo = {0: 0, 1: 1}
    for i in range(2, n + 1):
        memo[i] = memo[i - 1] + memo[i - 2]
    return memo[n]


def two_sum(a, target):
    seen = {}
    for i in range(len(a)):
        want = target - a[i]
        if want in seen:
            return seen[want], i
        seen[a[i]] = i
    return -1, -1


def ordered_after_deletes(n):
    d = {i: i * 0.5 for i in range(n)}
    for i in range(0, n, 3):
        del d[i]
    d[-1] = 7.0
    out = np.empty(2 * len(d))
    j = 0
    for k, v in d.items():
        out[j] = k
        out[j + 1] = v
        j += 2
    return out


def values_sum(n):
    d = {i % 10: i for i in range(n)}
    s = 0
    for v in d.values():
        s += v
    for k in d.keys():
        s += k
    return s, len(d)


def setdefault_and_pop(n):
    d = {}
    for i in range(n):
        d.setdefault(i % 4, i)
    first = d.pop(0, -1)
    missing = d.pop(100, -2)
    rest = 0
    for k in d:
        rest += d[k]
    return first, missing, rest, len(d)


def pop_existing(n):
    d = {i: i * i for i in range(n)}
    return d.pop(n - 1), len(d), (n - 1) in d


def get_missing(n, k):
    d = {i: i * 2 for i in range(n)}
    return d[k]


def delete_missing(n, k):
    d = {i: 1.5 for i in range(n)}
    del d[k]
    return len(d)


def pop_missing(n, k):
    d = {i: 1 for i in range(n)}
    return d.pop(k)


def float_keys(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 1
    keys = np.empty(len(d))
    counts = np.empty(len(d), dtype=np.int64)
    i = 0
    for k, v in d.items():
        keys[i] = k
        counts[i] = v
        i += 1
    return keys, counts


def float_key_lookup(x):
    d = {0.0: 1, 2.5: 2, -3.0: 3}
    return d[x]


def bool_keys(a):
    d = {True: 0, False: 0}
    for x in a:
        d[x > 0] += 1
    return d[True], d[False]


def bool_key_missing(b):
    d = {True: 1}
    return d[b]


def literal_mixed(x):
    d = {1: 2.0, 3: x}
    d[5] = 1
    return d[1] + d[3] + d[5], len(d)


def typed_empty(n):
    d = nbc.typed.Dict.empty(key_type=nbc.types.int64, value_type=nbc.types.float64)
    for i in range(n):
        d[i] = i / 2
    s = 0.0
    for v in d.values():
        s += v
    return s


def truth(n):
    d = {}
    if not d:
        d[0] = n
    while d:
        k = 0
        for key in d:
            k = key
        del d[k]
    return len(d)


def insert_in_branch(n):
    d = {}
    for i in range(n):
        if i % 2 == 0:
            d[i] = i
        else:
            d[-i] = 2 * i
    return len(d), d.get(-1, 0) if n > 1 else 0


@requires_exec
@pytest.mark.parametrize("n", SIZES)
def test_integer_histograms(n):
    rng = np.random.default_rng(n)
    for dtype in (np.int32, np.int64, np.uint8):
        a = rng.integers(0, 20, size=n).astype(dtype)
        np.testing.assert_array_equal(kernel_cache.njit(histogram)(a), histogram(a))
        assert kernel_cache.njit(histogram_augmented)(a) == histogram_augmented(a)
    a = np.arange(n)[::-1][::2]  # reversed, strided
    np.testing.assert_array_equal(kernel_cache.njit(histogram)(a), histogram(a))


@requires_exec
@pytest.mark.parametrize("n", [1, 2, 10, 90])
def test_memoisation(n):
    assert kernel_cache.njit(fib_memo)(n) == fib_memo(n)


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 2, 10, 200])
def test_two_sum(n):
    rng = np.random.default_rng(n)
    for dtype in (np.int64, np.float64, np.int32):
        a = rng.integers(-50, 50, size=n).astype(dtype)
        for target in (0, 7, 1000):
            assert kernel_cache.njit(two_sum)(a, dtype(target)) == two_sum(a, dtype(target))


@requires_exec
@pytest.mark.parametrize("n", SIZES)
def test_order_deletes_and_views(n):
    np.testing.assert_array_equal(kernel_cache.njit(ordered_after_deletes)(n),
                                  ordered_after_deletes(n))
    assert kernel_cache.njit(values_sum)(n) == values_sum(n)
    assert kernel_cache.njit(setdefault_and_pop)(n) == setdefault_and_pop(n)
    assert kernel_cache.njit(truth)(n) == truth(n)
    assert kernel_cache.njit(insert_in_branch)(n) == insert_in_branch(n)
    assert kernel_cache.njit(typed_empty)(n) == typed_empty(n)
    if n:
        assert kernel_cache.njit(pop_existing)(n) == pop_existing(n)


@requires_exec
def test_literals_promote_values():
    for x in (0.5, -2.0):
        assert kernel_cache.njit(literal_mixed)(x) == literal_mixed(x)


def wide_keys(a, k):
    d = {x: 1.5 for x in a}
    found = k in d
    got = d.get(k, -1.0)
    popped = d.pop(k, -2.0)
    return found, got, popped, len(d)


def wide_key_item(a, k):
    d = {x: 2 for x in a}
    return d[k]


@requires_exec
def test_keys_compare_by_value():
    """An int32 dict holds no 2**40 nor 2.5, but 3.0 is its key 3, as
    Python compares keys by value."""
    a = np.arange(5, dtype=np.int32)
    for k in (3, 2 ** 40, 2 ** 32 + 3, 3.0, 2.5, -1):
        assert kernel_cache.njit(wide_keys)(a, k) == wide_keys(a, k)
        if k in (3, 3.0):
            assert kernel_cache.njit(wide_key_item)(a, k) == wide_key_item(a, k)
        else:
            assert key_error_of(kernel_cache.njit(wide_key_item), a, k) == \
                key_error_of(wide_key_item, a, k) or k == 2.5


def key_error_of(fn, *args):
    with pytest.raises(KeyError) as info:
        fn(*args)
    return info.value.args


@requires_exec
@pytest.mark.parametrize("k", [-1, 10, 12, 2 ** 40])
def test_key_errors(k):
    assert key_error_of(kernel_cache.njit(get_missing), 10, k) == key_error_of(get_missing, 10, k)
    assert key_error_of(kernel_cache.njit(delete_missing), 10, k) == \
        key_error_of(delete_missing, 10, k)
    assert key_error_of(kernel_cache.njit(pop_missing), 10, k) == key_error_of(pop_missing, 10, k)
    assert kernel_cache.njit(get_missing)(20, 9) == get_missing(20, 9)


@requires_exec
def test_float_keys():
    a = np.array([0.0, -0.0, 1.5, 1.5, -2.0, 0.0, 3.25, -2.0])
    for dtype in (np.float64, np.float32):
        got, want = kernel_cache.njit(float_keys)(a.astype(dtype)), float_keys(a.astype(dtype))
        np.testing.assert_array_equal(got[0], want[0])
        np.testing.assert_array_equal(got[1], want[1])
    for x in (0.0, -0.0, 2.5, -3.0):
        assert kernel_cache.njit(float_key_lookup)(x) == float_key_lookup(x)
    for x in (1.0, -7.0, 1e12):  # integral keys: Python's KeyError(x)
        assert key_error_of(kernel_cache.njit(float_key_lookup), x) == \
            key_error_of(float_key_lookup, x)
    with pytest.raises(KeyError):  # others: a fixed message (docs/Python.md)
        kernel_cache.njit(float_key_lookup)(0.5)


@requires_exec
def test_nan_keys_are_never_found():
    """Python finds a NaN key only by identity (the same object): every
    NaN a kernel inserts is a new key, as distinct NaN objects in Python."""
    a = np.array([np.nan, 1.0, np.nan])
    keys, counts = kernel_cache.njit(float_keys)(a)
    assert len(keys) == 3 and math.isnan(keys[0]) and math.isnan(keys[2])
    want_keys, want_counts = float_keys([float("nan"), 1.0, float("nan")])
    assert len(want_keys) == 3
    np.testing.assert_array_equal(counts, want_counts)


@requires_exec
def test_bool_keys():
    a = np.array([1, -1, 2, 0, 3])
    assert kernel_cache.njit(bool_keys)(a) == bool_keys(a)
    assert kernel_cache.njit(bool_key_missing)(True) == 1
    assert key_error_of(kernel_cache.njit(bool_key_missing), False) == \
        key_error_of(bool_key_missing, False)


@requires_exec
def test_numba_typed_dict_empty():
    numba = pytest.importorskip("numba")

    def kernel(n):
        d = numba.typed.Dict.empty(key_type=numba.types.int32,
                                   value_type=numba.types.float32)
        for i in range(n):
            d[i] = i * 0.25
        return d[n - 1], len(d)

    assert nbc.njit(kernel)(9) == (2.0, 9)
    assert numba.njit(kernel)(9) == (2.0, 9)

    def inferred(n):
        d = numba.typed.Dict()
        for i in range(n):
            d[i] = i * 0.5
        return d[n - 1]

    assert nbc.njit(inferred)(5) == numba.njit(inferred)(5) == 2.0

    def nbc_inferred(n):
        e = nbc.typed.Dict()
        e[1] = n
        return e[1]

    assert nbc.njit(nbc_inferred)(3) == 3


def get_optional(n, k):
    d = {i: i * 1.5 for i in range(n)}
    v = d.get(k)
    if v is None:
        return -1.0
    return v


def get_optional_returned(n, k):
    d = {i: i * 2 for i in range(n)}
    return d.get(k)


@requires_exec
@pytest.mark.parametrize("k", [0, 3, 9, 10, -1, 2 ** 40])
def test_get_without_default_is_optional(k):
    assert kernel_cache.njit(get_optional)(10, k) == get_optional(10, k)
    assert kernel_cache.njit(get_optional_returned)(10, k) == get_optional_returned(10, k)


def squares(n):
    return {i: i * i for i in range(n)}


def word_count_like(a):
    counts = {}
    for x in a:
        counts[x] = counts.get(x, 0) + 1
    if len(counts) > 3:
        return counts
    counts[-1] = 0
    return counts


def returned_from_loop(a):
    d = {}
    for x in a:
        if x > 100:
            return d
        d[x] = 1
    return d


def float_values(n):
    d = nbc.typed.Dict.empty(key_type=nbc.types.int32, value_type=nbc.types.float32)
    for i in range(n):
        d[i] = i / 4
    return d


def bool_dict(a):
    return {x > 0: x for x in a}


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 7, 300])
def test_returned_dicts_are_typed_dicts(n):
    got = kernel_cache.njit(squares)(n)
    assert isinstance(got, nbc.typed.Dict) and got == squares(n)
    assert list(got) == list(squares(n))  # insertion order
    a = np.random.default_rng(n).integers(0, 6, size=n)
    got = kernel_cache.njit(word_count_like)(a)
    want = word_count_like(a)
    assert got == want and list(got) == list(want)
    assert all(type(k) is int and type(v) is int for k, v in got.items())
    got = kernel_cache.njit(float_values)(n)
    assert got == {i: np.float32(i / 4) for i in range(n)}
    assert kernel_cache.njit(bool_dict)(a - 3) == bool_dict(a - 3)
    b = np.concatenate([a, [101], a + 10])
    assert kernel_cache.njit(returned_from_loop)(b) == returned_from_loop(b)


def bump_values(d, by):
    for k in d:
        d[k] += by
    d[-7] = by
    return len(d)


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 9])
def test_returned_dicts_go_back_into_kernels(n):
    # Numba returns a typed Dict, which other kernels take; so does nbc, even when empty.
    got = kernel_cache.njit(float_values)(n)
    assert kernel_cache.njit(bump_values)(got, 2) == n + 1
    want = float_values(n)
    bump_values(want, 2)
    assert got == {k: np.float32(v) for k, v in want.items()}
    assert all(type(v) is float for v in got.values())


def callee_dict(n):
    return {1: n}


callee_dict_jit = kernel_cache.njit(callee_dict)


def returns_dict_from_callee(n):
    d = callee_dict_jit(n)
    return len(d)


def undecided():
    d = {}
    return len(d)


def aliased(n):
    d = {1: 2}
    e = d
    return len(e)


def string_keys(n):
    d = {"a": n}
    return len(d)


def delete_array_item(a):
    del a[0]
    return a


def insert_in_prange(n):
    d = {0: 0}
    for i in nbc.prange(n):
        d[i] = i
    return len(d)


def set_item_on_set(n):
    s = {1, 2}
    s[0] = n
    return len(s)


@requires_exec
def test_dict_returned_by_callee():  # test_container_passing.py has more
    assert nbc.njit(returns_dict_from_callee)(4) == returns_dict_from_callee(4)


@pytest.mark.parametrize("fn, args, error, text", [
    (undecided, (), nbc.TypingError, "cannot infer the element type of this empty dict"),
    (aliased, (1,), nbc.UnsupportedError, "bound to one name only"),
    (string_keys, (1,), nbc.UnsupportedError, "string"),
    (delete_array_item, (np.zeros(3),), nbc.UnsupportedError, "del d[k]"),
    (set_item_on_set, (1,), nbc.TypingError, "'set' object does not support item"),
    (insert_in_prange, (4,), nbc.UnsupportedError, "prange: the dict or set 'd'"),
])
def test_errors(fn, args, error, text):
    with pytest.raises(error) as info:
        nbc.njit(fn)(*args)
    assert text in str(info.value)


def takes_anything(x):
    return 1


@pytest.mark.parametrize("arg, text", [({1: 2.0}, "np.array(list(d.keys()))"),
                                       ({1, 2}, "np.array(list(s))"),
                                       (frozenset([1]), "Python set")])
def test_python_dicts_and_sets_are_not_arguments(arg, text):
    with pytest.raises(nbc.errors.UnsupportedArgumentError) as info:
        nbc.njit(takes_anything)(arg)
    assert text in str(info.value)
    assert isinstance(info.value, TypeError)


def test_typed_dict_in_python_is_a_dict():
    d = nbc.typed.Dict.empty(key_type=nbc.types.int64, value_type=nbc.types.float64)
    d[1] = 2.0
    assert d == {1: 2.0}


def resident_bytes():
    import os
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def grow_then_lookup(n, k):
    d = {}
    for i in range(n):
        d[i] = i * 1.0
    s = {1}
    for i in range(n):
        s.add(i)
    return d[k] + len(s)


@requires_exec
def test_tables_are_freed():
    """1M keys a call: the dict and the set each grow a 48 MB table (Dict.c:
    1M touched 24-byte entries and 2M slots, at least 40 MB resident). When
    freed, these calls grow the resident set by 0 MB; one table leaking on
    one path alone (success or KeyError) adds 4 x 40 MB, over the bound."""
    kernel = nbc.njit(grow_then_lookup)
    n = 1 << 20
    assert kernel(n, 3) == grow_then_lookup(n, 3)
    with pytest.raises(KeyError):
        kernel(n, n)
    before = resident_bytes()
    for _ in range(4):
        kernel(n, 0)
        with pytest.raises(KeyError):
            kernel(n, n)
    grown = resident_bytes() - before
    assert grown < 100 << 20, f"resident set grew by {grown >> 20} MB"
