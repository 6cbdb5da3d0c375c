"""Iteration over index spaces: np.ndindex and a.flat (nested range loops,
C order), against CPython/NumPy running the same functions."""

import numpy as np
import pytest

import nbc
from conftest import check
from nbc.errors import UnsupportedError


@nbc.njit
def weighted_by_index(a):
    s = 0.0
    for idx in np.ndindex(a.shape):
        w = 1
        for k in idx:
            w = w * (k + 1)
        s += a[idx] * w
    return s


@nbc.njit
def ndindex_varargs(n, m):
    s = 0
    for i, j in np.ndindex(n, m):
        s += i * 10 + j
    return s


@nbc.njit
def flat_sum(a):
    s = 0.0
    for x in a.flat:
        s += x
    return s


@nbc.njit
def flat_first_negative(a):
    k = 0
    for x in a.flat:
        if x < 0:
            return k
        k += 1
    return -1


@nbc.njit
def flat_skip_and_else(a):
    s = 0.0
    for x in a.flat:
        if x > 5:
            continue
        s += x
    else:
        s += 1000.0
    return s


@nbc.njit
def flat_order(a, out):
    k = 0
    for x in a.flat:
        out[k] = x
        k += 1
    return k


SHAPES = [(0,), (5,), (3, 4), (2, 3, 4), (1, 1), (4, 0, 2)]


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_ndindex_over_shapes(shape):
    a = np.arange(np.prod(shape), dtype=np.float64).reshape(shape)
    check(weighted_by_index, a)


@pytest.mark.parametrize("n,m", [(0, 3), (3, 4), (1, 1)])
def test_ndindex_varargs(n, m):
    check(ndindex_varargs, n, m)


@pytest.mark.parametrize("a", [
    np.arange(12.0).reshape(3, 4),
    np.asfortranarray(np.arange(12.0).reshape(3, 4)),
    np.arange(24.0).reshape(4, 6)[::2, 1::2],
    np.arange(6.0),
    np.array(4.5),
    np.zeros((0, 3)),
], ids=["C", "F", "strided", "1-d", "0-d", "empty"])
def test_flat_visits_every_element_in_c_order(a):
    check(flat_sum, a)
    check(flat_order, a, np.zeros(a.size))


@pytest.mark.parametrize("a", [np.array([[1.0, 2.0], [-3.0, 4.0]]), np.ones((2, 2))])
def test_flat_return_continue_else(a):
    check(flat_first_negative, a)
    check(flat_skip_and_else, a * 3)


def test_break_in_index_space_loop_is_refused():
    @nbc.njit
    def stops(a):
        for x in a.flat:
            if x > 1:
                break
        return 0

    with pytest.raises(UnsupportedError, match=r"'break' in a loop over a\.flat"):
        stops(np.ones(3))


def test_break_after_a_nested_loop_is_refused():
    @nbc.njit
    def stops_late(a):
        for idx in np.ndindex(a.shape):
            for k in range(2):
                if k > 5:
                    break
            if a[idx] > 1:
                break
        return 0

    with pytest.raises(UnsupportedError, match=r"'break' in a loop over np\.ndindex"):
        stops_late(np.ones(3))


@nbc.njit
def visit_nonzero(mask, img):
    s = 0.0
    for y, x in zip(*np.nonzero(mask)):
        s += (y * 10 + x) * img[y, x]
    for k, (y, x) in enumerate(zip(*np.where(mask))):
        s -= k
    return s


@pytest.mark.parametrize("density", [0.0, 0.4, 1.0])
def test_zip_of_a_spread_tuple(density):
    """`for y, x in zip(*np.nonzero(mask))` and in enumerate(...) (before:
    "unpack zip() of 1 arrays into as many names")."""
    rng = np.random.default_rng(5)
    check(visit_nonzero, rng.random((4, 5)) < density, rng.random((4, 5)))


@nbc.njit
def ndenumerate_weighted(a):
    s = 0.0
    for idx, v in np.ndenumerate(a):
        w = 1
        for k in idx:
            w = w * 3 + k
        s += v * w
    return s


@nbc.njit
def ndenumerate_first_over(a, t):
    for idx, v in np.ndenumerate(a):
        if v > t:
            return idx
    return (-1, -1)


@nbc.njit
def flat_positions(a, out):
    for i, x in enumerate(a.flat):
        out[i] = x * 10 + i
    return len(a.flat)


@pytest.mark.parametrize("a", [
    np.arange(12.0).reshape(3, 4),
    np.asfortranarray(np.arange(12.0).reshape(3, 4)),
    np.arange(24.0).reshape(4, 6)[::2, 1::2],
    np.arange(24).reshape(2, 3, 4),
    np.arange(6.0),
    np.array(4.5),
    np.zeros((0, 3)),
], ids=["C", "F", "strided", "3-d int", "1-d", "0-d", "empty"])
def test_ndenumerate_and_enumerate_flat_in_c_order(a):
    check(ndenumerate_weighted, a)
    check(flat_positions, a, np.zeros(a.size))


@pytest.mark.parametrize("t", [5.0, 100.0])
def test_ndenumerate_return_inside(t):
    check(ndenumerate_first_over, np.arange(12.0).reshape(3, 4).T, t)


def test_ndenumerate_of_a_scalar_is_refused():
    @nbc.njit
    def of_scalar(x):
        for idx, v in np.ndenumerate(x):
            return v
        return 0.0
    with pytest.raises(nbc.TypingError, match="np.ndenumerate takes an array"):
        of_scalar(1.5)



def test_ndenumerate_needs_two_targets():
    @nbc.njit
    def one_target(a):
        s = 0.0
        for pair in np.ndenumerate(a):
            s += pair[1]
        return s
    with pytest.raises(UnsupportedError, match=r"np.ndenumerate: use `for idx, x in "
                       r"np.ndenumerate\(a\)`"):
        one_target(np.ones(3))
