"""np.minimum, np.maximum, np.where and np.clip against NumPy (NaN included)."""

import numpy as np
import pytest

import nbc
from conftest import check


@nbc.njit
def minimum(a, b):
    return np.minimum(a, b)


@nbc.njit
def maximum(a, b):
    return np.maximum(a, b)


@nbc.njit
def where(c, a, b):
    return np.where(c, a, b)


@nbc.njit
def where_cmp(a, b):
    return np.where(a > b, a - b, 0.0)


@nbc.njit
def clip(a, lo, hi):
    return np.clip(a, lo, hi)


NAN = float("nan")
F = np.array([1.0, NAN, 3.0, -2.0, NAN, 0.5])
G = np.array([NAN, 2.0, 1.0, -1.0, NAN, 0.5])


@pytest.mark.parametrize("fn", [minimum, maximum])
def test_minmax_nan_propagates(fn):
    got = check(fn, F, G)
    # Both NaN positions of each operand propagate (Python's min would not).
    assert np.isnan(got).tolist() == [True, True, False, False, True, False]


@pytest.mark.parametrize("fn", [minimum, maximum])
def test_minmax_scalars(fn):
    assert np.isnan(fn(1.0, NAN)) and np.isnan(fn(NAN, 1.0))
    check(fn, 3, -4)
    check(fn, 2.5, 1)


@pytest.mark.parametrize("fn", [minimum, maximum])
def test_minmax_broadcast_and_dtypes(fn):
    a = np.arange(12.0).reshape(3, 4) - 5.0
    check(fn, a, np.array([0.0, 1.0, -1.0, 10.0]))
    check(fn, a, 2.0)
    i = np.array([[1, -7, 3]], dtype=np.int32)
    got = check(fn, i, np.array([[0], [5]], dtype=np.int32))
    assert got.dtype == np.int32 and got.shape == (2, 3)
    got = check(fn, np.array([True, False, True]), np.array([False, False, True]))
    assert got.dtype == np.bool_
    got = check(fn, np.array([1, 2, 3], dtype=np.uint8), np.array([2, 0, 9], dtype=np.int8))
    assert got.dtype == np.int16
    check(fn, np.array([1.5, -2.0], dtype=np.float32), np.array([1.0, NAN], dtype=np.float32))


def test_where():
    c = np.array([True, False, True, False])
    got = check(where, c, np.arange(4.0), np.array([-1.0, -2.0, -3.0, -4.0]))
    assert got.tolist() == [0.0, -2.0, 2.0, -4.0]
    # cond, x, y broadcast together; int and float promote to float64.
    c2 = np.array([[True], [False]])
    got = check(where, c2, np.arange(3), np.array([0.5, 1.5, 2.5]))
    assert got.shape == (2, 3) and got.dtype == np.float64
    check(where, np.array([0, 2, 0]), np.array([1, 2, 3]), 7)  # nonzero is true
    check(where_cmp, np.array([3.0, 1.0, 5.0]), np.array([1.0, 2.0, 5.0]))


def test_clip():
    a = np.array([-3.0, 0.5, NAN, 9.0, 2.0])
    got = check(clip, a, 0.0, 2.0)
    assert np.isnan(got[2])
    check(clip, np.arange(10), 2, 6)
    check(clip, np.arange(6.0).reshape(2, 3), np.array([1.0, 0.0, 4.0]), 3.5)


def test_wrong_arity():
    @nbc.njit
    def bad(a):
        return np.minimum(a)
    with pytest.raises(nbc.TypingError, match="np.minimum takes 2 arguments"):
        bad(np.ones(3))
