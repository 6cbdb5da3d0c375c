"""nbc.prange with reductions: parallel=True agrees with serial and Python."""

import numpy as np
import pytest

import nbc
from conftest import check


def reductions_src(a):
    s = 0.0
    p = 1.0
    count = 0
    bits = 0
    for i in nbc.prange(a.shape[0]):
        x = a[i]
        s += x
        p *= 1.0 + x * 1e-3
        if x > 0.5:
            count += 1
            bits |= 1 << (i % 7)
    return s, p, count, bits


def minmax_src(a):
    lo = np.inf
    hi = -np.inf
    for i in nbc.prange(a.shape[0]):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


def fill_src(a, out):
    for i in nbc.prange(a.shape[0]):
        out[i] = a[i] * 2.0 + i


def matsum_src(a):
    total = 0.0
    for i in nbc.prange(a.shape[0]):
        for j in range(a.shape[1]):
            total += a[i, j]
    return total


def minus_src(n):
    acc = 100
    for i in nbc.prange(n):
        acc -= i
    return acc


par_reductions = nbc.njit(parallel=True)(reductions_src)
ser_reductions = nbc.njit(parallel=False)(reductions_src)
par_minmax = nbc.njit(parallel=True)(minmax_src)
par_fill = nbc.njit(parallel=True)(fill_src)
par_matsum = nbc.njit(parallel=True)(matsum_src)
par_minus = nbc.njit(parallel=True)(minus_src)


@pytest.mark.parametrize("n", [0, 1, 7, 1000, 100001])
def test_prange_reductions(n):
    a = np.random.default_rng(n).random(n)
    got = check(par_reductions, a)
    serial = ser_reductions(a)
    for x, y in zip(got, serial):
        assert np.isclose(x, y, rtol=1e-9)


@pytest.mark.parametrize("n", [1, 1000])
def test_prange_min_max(n):
    check(par_minmax, np.random.default_rng(n).random(n) - 0.5)


def test_prange_stores():
    a = np.random.default_rng(1).random(5000)
    check(par_fill, a, np.zeros_like(a))


def test_prange_nested_serial_loop():
    check(par_matsum, np.random.default_rng(2).random((64, 33)))


def test_prange_subtraction_reduction():
    check(par_minus, 1000)
