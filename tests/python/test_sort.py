"""np.sort, np.argsort and the methods a.sort(), a.argsort() (nbc.sort and
nbc.argsort, the runtime's radix sorts) against NumPy: empty, 1-element,
strided, reversed, F-order, 2-d/3-d inputs along every axis and None,
int32/int64/float32/float64/bool/uint8/int8/int16, NaNs last, ties (argsort
is stable: NumPy's kind='stable'), and the errors."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def sort_last(a):
    return np.sort(a)


@nbc.njit
def sort_axis0(a):
    return np.sort(a, 0)


@nbc.njit
def sort_axis1(a):
    return np.sort(a, axis=1)


@nbc.njit
def sort_neg2(a):
    return np.sort(a, axis=-2)


@nbc.njit
def sort_flat(a):
    return np.sort(a, axis=None)


@nbc.njit
def argsort_last(a):
    return np.argsort(a)


@nbc.njit
def argsort_axis0(a):
    return np.argsort(a, axis=0, kind="quicksort")


@nbc.njit
def argsort_flat(a):
    return np.argsort(a, axis=None)


@nbc.njit
def method_sort(a):
    a.sort()


@nbc.njit
def method_sort_axis0(a):
    a.sort(0)


@nbc.njit
def method_argsort(a):
    return a.argsort(kind="stable")


DTYPES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.float32, np.float64,
          np.bool_]


def sample(shape, dtype, seed=0):
    """Values with ties (few distinct ones), negatives, and NaNs for floats."""
    rng = np.random.default_rng(seed)
    x = rng.integers(-5, 6, size=shape)
    if dtype == np.bool_:
        return x > 0
    if np.dtype(dtype).kind == "u":
        x = np.abs(x)
    x = x.astype(dtype)
    if np.dtype(dtype).kind == "f":
        x = x + rng.standard_normal(shape).astype(dtype) * (x > 2)
        x[(x == -4) | (x == 1)] = np.nan
    return x


def views(a):
    """`a` itself, strided, reversed and F-ordered."""
    out = [a, np.asfortranarray(a), a[tuple(slice(None, None, -1) for _ in a.shape)]]
    if a.shape and a.shape[0] > 2:
        out.append(a[::2])
    return out


def check(got, want):
    assert got.dtype == want.dtype
    assert got.shape == want.shape
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("n", [0, 1, 2, 17, 300, 5000])
def test_sort_1d(dtype, n):
    for a in views(sample((n,), dtype, n)):
        check(sort_last(a), np.sort(a))
        check(sort_flat(a), np.sort(a, axis=None))
        check(argsort_last(a), np.argsort(a, kind="stable"))
        check(argsort_flat(a), np.argsort(a, axis=None, kind="stable"))
        check(method_argsort(a), a.argsort(kind="stable"))
        b, c = a.copy(), a.copy()
        method_sort(b)
        c.sort()
        check(b, c)


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.float32, np.float64,
                                   np.bool_])
@pytest.mark.parametrize("shape", [(4, 7), (0, 3), (3, 0), (1, 1), (33, 40)])
def test_sort_2d_axes(dtype, shape):
    for a in views(sample(shape, dtype, sum(shape))):
        check(sort_last(a), np.sort(a))
        check(sort_axis0(a), np.sort(a, 0))
        check(sort_axis1(a), np.sort(a, axis=1))
        check(sort_neg2(a), np.sort(a, axis=-2))
        check(sort_flat(a), np.sort(a, axis=None))
        check(argsort_last(a), np.argsort(a, kind="stable"))
        check(argsort_axis0(a), np.argsort(a, axis=0, kind="stable"))
        check(argsort_flat(a), np.argsort(a, axis=None, kind="stable"))
        for fn, axis in ((method_sort, -1), (method_sort_axis0, 0)):
            b, c = a.copy(), a.copy()
            fn(b)
            c.sort(axis)
            check(b, c)


@pytest.mark.parametrize("dtype", [np.int64, np.float64, np.float32])
def test_sort_3d_every_axis(dtype):
    @nbc.njit
    def all_axes(a):
        return (np.sort(a, 0), np.sort(a, 1), np.sort(a, 2), np.argsort(a, 0),
                np.argsort(a, 1), np.argsort(a, -1))
    a = sample((5, 6, 7), dtype)
    for v in views(a) + [a.transpose(2, 0, 1), a[:, ::-2, 1:]]:
        got = all_axes(v)
        want = [np.sort(v, k) for k in range(3)] + \
            [np.argsort(v, k, kind="stable") for k in (0, 1, -1)]
        for g, w in zip(got, want):
            check(g, w)


def test_sort_in_place_through_a_view():
    @nbc.njit
    def sort_rows_of_view(a):
        a[::2, ::-1].sort()
    a = sample((6, 9), np.float64)
    b = a.copy()
    sort_rows_of_view(a)
    b[::2, ::-1].sort()
    check(a, b)


def test_nan_and_signed_zero_order():
    a = np.array([np.nan, 0.0, -0.0, -np.inf, np.inf, 1e-300, -1e-300, np.nan, 0.0,
                  -0.0])
    check(sort_last(a), np.sort(a))
    check(argsort_last(a), np.argsort(a, kind="stable"))
    f = a.astype(np.float32)
    check(sort_last(f), np.sort(f))
    check(argsort_last(f), np.argsort(f, kind="stable"))


def test_extreme_integers():
    for dtype in (np.int64, np.uint64, np.int32, np.uint32, np.uint16):
        info = np.iinfo(dtype)
        a = np.array([info.max, info.min, 0, 1, info.max - 1, info.min + 1, 7] * 3,
                     dtype)
        check(sort_last(a), np.sort(a))
        check(argsort_last(a), np.argsort(a, kind="stable"))


def test_large_random_arrays():
    rng = np.random.default_rng(5)
    for a in (rng.standard_normal(200_000), rng.integers(-2**62, 2**62, 100_000),
              rng.random(100_000).astype(np.float32),
              rng.integers(0, 3, 100_000).astype(np.int32)):
        check(sort_last(a), np.sort(a))
        check(argsort_last(a), np.argsort(a, kind="stable"))


def test_sort_kinds():
    @nbc.njit
    def kinds(a):
        return (np.sort(a, kind="quicksort"), np.sort(a, kind="mergesort"),
                np.sort(a, kind="heapsort"), np.sort(a, kind="stable"),
                np.sort(a, stable=True), np.argsort(a, kind="heapsort"))
    a = sample((50,), np.float64)
    got = kinds(a)
    for g in got[:5]:
        check(g, np.sort(a))
    check(got[5], np.argsort(a, kind="stable"))


def test_errors():
    @nbc.njit
    def order(a):
        return np.sort(a, order="x")

    @nbc.njit
    def bad_kind(a):
        return np.sort(a, kind="bogus")

    @nbc.njit
    def axis_out(a):
        return np.argsort(a, axis=2)

    @nbc.njit
    def scalar_sort(a):
        return np.sort(a[0, 0])

    @nbc.njit
    def zero_d_sort(a):
        return np.sort(a[0, 0, ...])  # a 0-d view: NumPy's AxisError

    @nbc.njit
    def method_axis_none(a):
        a.sort(axis=None)

    @nbc.njit
    def unknown(a):
        return np.sort(a, reverse=True)
    a = np.ones((2, 2))
    with pytest.raises(nbc.UnsupportedError, match="np.sort: order= is not supported"):
        order(a)
    with pytest.raises(nbc.TypingError, match="sort kind must be one of"):
        bad_kind(a)
    with pytest.raises(nbc.TypingError, match="axis 2 is out of bounds for array of "
                       "dimension 2"):
        axis_out(a)
    with pytest.raises(nbc.TypingError, match="np.sort expects an array"):
        scalar_sort(a)
    with pytest.raises(nbc.TypingError, match="axis -1 is out of bounds for array of "
                       "dimension 0"):
        zero_d_sort(a)
    with pytest.raises(nbc.TypingError, match="axis=None"):
        method_axis_none(a)
    with pytest.raises(nbc.TypingError, match="unexpected keyword argument 'reverse'"):
        unknown(a)


def test_method_sort_needs_a_writable_array():
    a = np.arange(5.0)[::-1]
    a.flags.writeable = False
    with pytest.raises(nbc.TypingError):
        method_sort(a)
