"""NumPy functions nbc implements in Python (nbc.npimpl) and compiles like
user code: np.searchsorted (side=, scalar or N-d values), np.bincount
(weights=, minlength=, NumPy's ValueErrors) and np.roll (any rank,
flattened as NumPy with axis=None, or along axis=), against NumPy."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def search_both(a, v):
    return np.searchsorted(a, v), np.searchsorted(a, v, side="right")


@nbc.njit
def search_left(a, v):
    return np.searchsorted(a, v, side="left")


@nbc.njit
def count(x):
    return np.bincount(x)


@nbc.njit
def weighted(x, w, m):
    return np.bincount(x, weights=w, minlength=m)


@nbc.njit
def roll(a, k):
    return np.roll(a, k)


@nbc.njit
def roll_along(a, k, axis):
    return np.roll(a, k, axis=axis)


SORTED = [np.array([1.0, 2, 2, 3, 5]), np.array([], float), np.array([4.0]),
          np.arange(20)[::-1][::-1], np.array([1.0, 2, 2, 3, 5])[::2]]


@pytest.mark.parametrize("case", range(len(SORTED)))
def test_searchsorted(case):
    a = SORTED[case]
    for v in (np.array([0.0, 2.0, 2.5, 9.0]), np.array([[2.0, 3.0], [-1.0, 5.0]]),
              np.array([], float)):
        left, right = search_both(a, v)
        np.testing.assert_array_equal(left, np.searchsorted(a, v))
        np.testing.assert_array_equal(right, np.searchsorted(a, v, side="right"))
        assert left.shape == v.shape
    for x in (2.0, -5.0, 100.0):
        assert search_left(a, x) == np.searchsorted(a, x)


def test_searchsorted_side_must_be_a_known_constant():
    @nbc.njit
    def bad(a, v):
        return np.searchsorted(a, v, side="middle")
    with pytest.raises(nbc.TypingError, match="side= must be one of"):
        bad(np.arange(3.0), 1.0)


@pytest.mark.parametrize("dtype", [np.int64, np.int32, np.uint8])
def test_bincount(dtype):
    rng = np.random.default_rng(3)
    for x in (rng.integers(0, 9, 50).astype(dtype), np.array([], dtype),
              np.array([7], dtype)):
        np.testing.assert_array_equal(count(x), np.bincount(x))
        w = rng.random(x.shape[0])
        np.testing.assert_allclose(weighted(x, w, 12), np.bincount(x, w, 12))
        np.testing.assert_allclose(weighted(x, w, 0), np.bincount(x, w, 0))


def test_bincount_errors_are_numpys():
    with pytest.raises(ValueError, match="no negative elements"):
        count(np.array([1, -1]))
    with pytest.raises(ValueError, match="same length"):
        weighted(np.array([1, 2]), np.ones(3), 0)
    with pytest.raises(ValueError, match="minlength"):
        weighted(np.array([1, 2]), np.ones(2), -1)


@pytest.mark.parametrize("shift", [0, 1, -4, 7, 25])
def test_roll(shift):
    for a in (np.arange(6), np.arange(6.0).reshape(2, 3), np.arange(12).reshape(3, 4).T,
              np.array([], float), np.arange(5)[::-2]):
        got, want = roll(a, shift), np.roll(a, shift)
        assert got.shape == want.shape and got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("shift", [0, 1, -4, 7])
def test_roll_along_an_axis(shift):
    # axis= rolls whole slices (it used to be ignored: the flattened roll).
    for a in (np.arange(24.0).reshape(2, 3, 4), np.arange(24).reshape(4, 6).T[::2],
              np.arange(6), np.empty((0, 3))):
        for axis in range(-a.ndim, a.ndim):
            got, want = roll_along(a, shift, axis), np.roll(a, shift, axis=axis)
            assert got.shape == want.shape and got.dtype == want.dtype
            np.testing.assert_array_equal(got, want)
    with pytest.raises(ValueError, match="axis is out of bounds"):
        roll_along(np.ones((2, 2)), 1, 2)
