"""`d[k] = d.get(k, default) OP x` and `d[k] += x`, which nbc-fuse-dict-updates
turns into one hash lookup (nbc.dict_lookup_slot + nbc.dict_store_slot),
against CPython running the same functions: counts of int keys (negative,
huge, sharing their low bits, many enough to grow the table during the
fused store), pair keys, float keys with -0.0 and NaN, a default of another
type, keys deleted and added again, KeyError of `d[k] += x` on a missing
key (also caught in the kernel, the dict unchanged), an exception raised
between the lookup and the store, and dicts changed between the lookup and
the store (not fused: checked in the IR too)."""

import math

import numpy as np
import pytest

import kernel_cache
from conftest import requires_exec


def count(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return d


def pair_items(d):
    """The keys' fields and the values, in insertion order (a dict of
    tuples does not cross to Python)."""
    out = np.empty((len(d), 3))
    n = 0
    for (x, y), v in d.items():
        out[n, 0], out[n, 1], out[n, 2] = x, y, v
        n += 1
    return out


def count_pairs(a, b):
    d = {}
    for i in range(len(a)):
        x, y = a[i], b[i]
        d[(x, y)] = d.get((x, y), 0) + 1
    return pair_items(d)


def add_pairs(a, b):
    d = {}
    for i in range(len(a)):
        k = (a[i], b[i] * 0.5)
        if k not in d:
            d[k] = 0.0
        d[k] += 1.5
    return pair_items(d)


def float_keys(xs):
    d = {}
    for x in xs:
        d[x] = d.get(x, 0) + 1
    n = 0
    for k in d:
        if k != k:
            n += 1
    return len(d), n, d.get(0.0, -1), d.get(1.5, -1)


def other_default(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0.5) + 1
    return d


def deleted_and_again(keys):
    d = {}
    for i in range(len(keys)):
        k = keys[i]
        if i % 3 == 0:
            d.pop(k, 0)
        else:
            d[k] = d.get(k, 10) * 2
    return d


def augmented(keys, k):
    d = {}
    for key in keys:
        d[key] = 0
    for key in keys:
        d[key] += key
    d[k] += 1
    return d


def augmented_caught(keys, k):
    d = {}
    for key in keys:
        d[key] = 1
    try:
        d[k] += 1
    except KeyError:
        return len(d), -1
    return len(d), d[k]


def raise_between(keys, divisor):
    d = {}
    for key in keys:
        try:
            d[key] = d.get(key, 0) + 10 // divisor
        except ZeroDivisionError:
            pass
    return len(d), sum(d.values())


def changed_between(keys):
    d = {}
    for k in keys:
        v = d.get(k, 0)
        if k % 3 == 0:
            d.pop(k, 0)  # k goes back in at the end
        elif k % 7 == 0:
            d.clear()
        d[k] = v + 1
    return d


@requires_exec
@pytest.mark.parametrize("keys", [
    np.random.default_rng(0).integers(-50, 50, 400),
    np.array([2 ** 62, -1, -2, 2 ** 62, -1, 0, -(2 ** 63)], dtype=np.int64),
    np.arange(300, dtype=np.int64) % 40 * 2 ** 20,   # one low bits for all
    np.random.default_rng(1).integers(0, 3000, 6000),  # grows while storing
    np.array([], dtype=np.int64),
], ids=["small", "extremes", "low-bits", "growing", "empty"])
def test_counts_in_insertion_order(keys):
    got, want = kernel_cache.njit(count)(keys), count(keys)
    assert list(got.items()) == list(want.items())
    got = kernel_cache.njit(other_default)(keys)
    want = other_default(keys)
    assert list(got.items()) == list(want.items())
    assert all(type(v) is float for v in got.values())
    got = kernel_cache.njit(deleted_and_again)(keys % 17)
    want = deleted_and_again(keys % 17)
    assert list(got.items()) == list(want.items())


@requires_exec
def test_pairs():
    rng = np.random.default_rng(2)
    a, b = rng.integers(-3, 9, 500), rng.integers(0, 5, 500)
    for fn in (count_pairs, add_pairs):
        np.testing.assert_array_equal(kernel_cache.njit(fn)(a, b), fn(a, b))


@requires_exec
def test_float_keys():
    xs = np.array([0.0, -0.0, math.nan, 1.5, math.nan, 1.5, -0.0, math.inf])
    assert kernel_cache.njit(float_keys)(xs) == float_keys(xs)


def key_error_of(fn, *args):
    with pytest.raises(KeyError) as info:
        fn(*args)
    return info.value.args


@requires_exec
def test_augmented_key_error():
    keys = np.array([5, -3, 5, 8], dtype=np.int64)
    got, want = kernel_cache.njit(augmented)(keys, 8), augmented(keys, 8)
    assert list(got.items()) == list(want.items())
    assert key_error_of(kernel_cache.njit(augmented), keys, 7) == \
        key_error_of(augmented, keys, 7) == (7,)
    for k in (7, 8):
        assert kernel_cache.njit(augmented_caught)(keys, k) == \
            augmented_caught(keys, k)


@requires_exec
@pytest.mark.parametrize("divisor", [0, 3])
def test_raise_between_leaves_the_dict(divisor):
    keys = np.array([1, 2, 1, 3], dtype=np.int64)
    assert kernel_cache.njit(raise_between)(keys, divisor) == \
        raise_between(keys, divisor)


@requires_exec
def test_changed_between_is_not_fused():
    keys = np.random.default_rng(3).integers(0, 40, 200)
    got, want = kernel_cache.njit(changed_between)(keys), changed_between(keys)
    assert list(got.items()) == list(want.items())
    fused = kernel_cache.njit(count)
    fused(keys)
    assert "nbc_rt_dict_insert_missing" in fused.inspect_mlir(stage="standard")
    kernel = kernel_cache.njit(changed_between)
    assert "nbc_rt_dict_insert_missing" not in kernel.inspect_mlir(stage="standard")
