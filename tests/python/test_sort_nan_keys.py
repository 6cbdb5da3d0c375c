"""`sort(key=)` / `sorted(key=)` with NaN keys, against CPython: `<` with
NaN orders nothing, so the result is whatever CPython's algorithm makes of
it. Under 64 items nbc runs that algorithm step by step (CPython 3.11's
listsort: count_run, binary insertion, reverse=True by reversing around a
forward sort) and gives the same order; from 64 items on it merge-sorts,
which gives CPython's order for keys `<` orders totally but not with NaN
(the items are the same). One kernel per kind of key, shared by all data."""

import math

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def sort_indices_by_value(vals, rev):
    order = [i for i in range(len(vals))]
    order.sort(key=lambda i: vals[i], reverse=rev)
    return order


def sorted_by_sign_then_value(vals, rev):
    return sorted([i for i in range(len(vals))], key=lambda i: (vals[i] > 0, vals[i]),
                  reverse=rev)


def data(seed, n, nan_share=0.3):
    rng = np.random.default_rng(seed)
    v = rng.integers(-3, 4, n).astype(np.float64)  # ties too
    v[rng.random(n) < nan_share] = np.nan
    return v


CASES = [np.array([math.nan, 1.0, 0.0]), np.array([1.0, math.nan, 0.0, -1.0]),
         np.array([3.0, 2.0, math.nan, 1.0, 0.0]), np.array([math.nan] * 4),
         np.array([], dtype=np.float64), np.array([math.nan])] + \
    [data(seed, n) for seed, n in enumerate([7, 16, 31, 45, 63, 63])]


@pytest.mark.parametrize("fn", [sort_indices_by_value, sorted_by_sign_then_value],
                         ids=lambda f: f.__name__)
def test_nan_keys_order_as_cpython_under_64_items(fn):
    kernel = nbc.njit(fn)
    for vals in CASES:
        for rev in (False, True):
            assert kernel(vals, rev) == fn(vals, rev), (vals.tolist(), rev)


def test_long_lists_with_nan_keys_keep_their_items():
    # The documented difference: from 64 items on, the order of NaN keys
    # may differ from CPython's, the items are the same; without NaN the
    # order is CPython's.
    kernel = nbc.njit(sort_indices_by_value)
    for vals in (data(20, 64), data(21, 200)):
        for rev in (False, True):
            got = kernel(vals, rev)
            assert sorted(got) == list(range(len(vals)))
            finite = np.nan_to_num(vals, nan=9.0)
            assert kernel(finite, rev) == sort_indices_by_value(finite, rev)
