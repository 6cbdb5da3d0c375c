"""nbc.prange with reductions: parallel=True agrees with serial and Python."""

import numpy as np
import pytest

import nbc
from conftest import check, same


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


# Vectorized prange blocks (nbc-strip-mine-parallel + nbc-vectorize): sizes
# around the vector width and block sizes, inputs small integers so the
# reassociated float sums are exact.
SIZES = [0, 1, 3, 4, 5, 1000, 1001]


def sumsq_src(a):
    total = 0.5
    for i in nbc.prange(len(a)):
        total += a[i] * a[i]
    return total


def negzero_src(a):
    s = -0.0
    for i in nbc.prange(len(a)):
        s += a[i]
    return s


def minmax_init_src(a, lo, hi):
    for i in nbc.prange(len(a)):
        lo = min(lo, a[i])
        hi = max(hi, a[i])
    return lo, hi


def intred_src(b):
    s = 7
    mx = -1000
    mn = 1000
    x = 5
    for i in nbc.prange(len(b)):
        s += b[i]
        mx = max(mx, b[i])
        mn = min(mn, b[i])
        x ^= b[i]
    return s, mx, mn, x


par_sumsq = nbc.njit(parallel=True)(sumsq_src)
par_negzero = nbc.njit(parallel=True)(negzero_src)
par_minmax_init = nbc.njit(parallel=True)(minmax_init_src)
par_intred = nbc.njit(parallel=True)(intred_src)


def small_ints(n):
    return np.array([float(i * 7 % 11 - 5) for i in range(n)])


@pytest.mark.parametrize("n", SIZES)
def test_prange_simd_sum_exact(n):
    a = small_ints(n)
    assert par_sumsq(a) == sumsq_src(a)
    b = np.array([(37 * i % 101) - 50 for i in range(n)], dtype=np.int64)
    assert par_intred(b) == intred_src(b)
    out = np.zeros(n)
    par_fill(a, out)
    assert np.array_equal(out, a * 2.0 + np.arange(n))


@pytest.mark.parametrize("n", SIZES)
def test_prange_sum_of_negative_zeros(n):
    # Python's serial sum from -0.0 stays -0.0; so must every partial.
    got = par_negzero(np.full(n, -0.0))
    assert got == 0.0 and np.signbit(got)


@pytest.mark.parametrize("n", SIZES)
def test_prange_min_max_nan(n):
    # min(lo, x) keeps lo unless x < lo: a NaN element never wins, a NaN
    # init stays; infinities as data and inits.
    a = small_ints(n)
    a[2::13] = np.nan
    a[5::17] = np.inf
    a[6::19] = -np.inf
    for lo, hi in [(1000.0, -1000.0), (np.nan, np.nan), (np.inf, -np.inf)]:
        got = par_minmax_init(a, lo, hi)
        want = minmax_init_src(a, lo, hi)
        assert same(got, want), (lo, hi, got, want)
