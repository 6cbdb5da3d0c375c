"""np.interp, np.histogram (density= too), np.histogram_bin_edges and
np.digitize (nbc.npimpl) against NumPy: scalar and N-d inputs, edges and
NaN, given or automatic ranges, weights, increasing and decreasing bins,
NumPy's ValueErrors."""

import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec
RNG = np.random.default_rng(7)


@nbc.njit
def interp(x, xp, fp):
    return np.interp(x, xp, fp)


@nbc.njit
def interp_bounded(x, xp, fp):
    return np.interp(x, xp, fp, left=-1.0, right=7)


@nbc.njit
def histogram(a):
    return np.histogram(a)


@nbc.njit
def histogram_range(a, bins):
    return np.histogram(a, bins=bins, range=(0.0, 1.0))


@nbc.njit
def histogram_weighted(a, w):
    return np.histogram(a, 7, weights=w)


@nbc.njit
def histogram_edges(a, edges):
    return np.histogram(a, edges)


@nbc.njit
def density_auto(a, w, edges):
    return np.histogram(a, density=True)


@nbc.njit
def density_range(a, w, edges):
    return np.histogram(a, 5, (0.0, 1.0), True)


@nbc.njit
def density_edges(a, w, edges):
    return np.histogram(a, edges, density=True)


@nbc.njit
def density_weighted(a, w, edges):
    return np.histogram(a, 4, weights=w, density=True)


@nbc.njit
def density_edges_weighted(a, w, edges):
    return np.histogram(a, edges, weights=w, density=True)


@nbc.njit
def density_false(a, w, edges):
    return np.histogram(a, bins=3, density=False)


@nbc.njit
def bin_edges(a, w, edges):
    return (np.histogram_bin_edges(a), np.histogram_bin_edges(a, 3, (0, 2)),
            np.histogram_bin_edges(a, edges), np.histogram_bin_edges(a, 6, weights=w))


@nbc.njit
def digitize(x, bins):
    return np.digitize(x, bins)


@nbc.njit
def digitize_right(x, bins):
    return np.digitize(x, bins, right=True)


def sample_points():
    xp = np.sort(RNG.random(10))
    x = RNG.random(60) * 1.4 - 0.2
    x[:4] = np.nan, xp[0], xp[3], xp[-1]
    return x, xp


@pytest.mark.parametrize("fp", [RNG.random(10), np.arange(10), RNG.random(20)[::2],
                                np.array([0.0, np.inf, 1, 1, 2, 2, 3, 4, 5, 6])])
def test_interp(fp):
    x, xp = sample_points()
    np.testing.assert_array_equal(interp(x, xp, fp), np.interp(x, xp, fp))
    np.testing.assert_array_equal(interp_bounded(x, xp, fp),
                                  np.interp(x, xp, fp, left=-1.0, right=7))
    grid = x[4:].reshape(4, 14)
    np.testing.assert_array_equal(interp(grid, xp, fp), np.interp(grid, xp, fp))
    np.testing.assert_array_equal(interp(grid.T, xp, fp), np.interp(grid.T, xp, fp))
    for v in (0.5, -3.0, xp[4], 2):
        assert interp(v, xp, fp) == np.interp(v, xp, fp)


def test_interp_single_point_and_errors():
    xp, fp = np.array([2.0]), np.array([5.0])
    np.testing.assert_array_equal(interp(np.array([1.0, 2.0, 3.0]), xp, fp),
                                  np.interp([1.0, 2.0, 3.0], xp, fp))
    with pytest.raises(ValueError, match="array of sample points is empty"):
        interp(1.0, np.array([]), np.array([]))
    with pytest.raises(ValueError, match="fp and xp are not of the same length"):
        interp(1.0, np.arange(3.0), np.arange(4.0))


DATA = [RNG.normal(size=1000), RNG.integers(-5, 9, 300), RNG.random((20, 30)),
        RNG.random((30, 20)).T, np.arange(5), np.full(4, 3.0), np.array([]),
        RNG.normal(size=999)[::3]]


@pytest.mark.parametrize("case", range(len(DATA)))
def test_histogram(case):
    a = DATA[case]
    for got, want in zip(histogram(a), np.histogram(a)):
        np.testing.assert_array_equal(got, want)
    for bins in (1, 13):
        for got, want in zip(histogram_range(a, bins), np.histogram(a, bins, (0.0, 1.0))):
            np.testing.assert_array_equal(got, want)
    w = RNG.random(a.shape)
    for got, want in zip(histogram_weighted(a, w), np.histogram(a, 7, weights=w)):
        np.testing.assert_allclose(got, want)
    for edges in (np.array([-1, 0, 0.5, 2.0]), np.array([0.0, 1.0]), np.arange(-3, 4)):
        for got, want in zip(histogram_edges(a, edges), np.histogram(a, edges)):
            np.testing.assert_array_equal(got, want)


DENSITY_KERNELS = (density_auto, density_range, density_edges, density_weighted,
                   density_edges_weighted, density_false)


@pytest.mark.parametrize("case", range(len(DATA)))
def test_histogram_density_and_bin_edges(case):
    a = DATA[case]
    w = RNG.random(a.shape)
    for edges in (np.array([-1, 0, 0.5, 2.0]), np.array([0.0, 1.0]), np.arange(-3, 4),
                  np.array([0.0, 0.5, 0.5, 1.0])):
        for k in DENSITY_KERNELS:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                want = k.py_func(a, w, edges)
            got = k(a, w, edges)
            for g, x in zip(got, want):
                assert g.dtype == x.dtype and g.shape == x.shape, (k.__name__, g, x)
                np.testing.assert_allclose(g, x, rtol=1e-14, equal_nan=True,
                                           err_msg=k.py_func.__name__)
        got, want = bin_edges(a, w, edges), bin_edges.py_func(a, w, edges)
        for g, x in zip(got, want):
            assert g.dtype == x.dtype and g.shape == x.shape
            np.testing.assert_array_equal(g, x)
    strided = a.reshape(-1)[::-1]
    np.testing.assert_array_equal(bin_edges(strided, strided, np.arange(3))[0],
                                  np.histogram_bin_edges(strided))


def test_histogram_bin_edges_errors():
    for bins, message in ((0, "must be positive"),
                          (np.array([0.0, 2.0, 1.0]), "increase monotonically")):
        with pytest.raises(ValueError, match=message):
            np.histogram_bin_edges(np.ones(3), bins)
        with pytest.raises(ValueError, match=message):
            bin_edges_of(np.ones(3), bins)
    with pytest.raises(ValueError, match="same shape"):
        bin_edges(np.ones(3), np.ones(4), np.arange(3.0))


@nbc.njit
def bin_edges_of(a, bins):
    return np.histogram_bin_edges(a, bins)


def test_histogram_errors():
    with pytest.raises(ValueError, match="must be positive"):
        histogram_range(np.ones(3), 0)
    with pytest.raises(ValueError, match="not finite"):
        histogram(np.array([1.0, np.nan]))
    with pytest.raises(ValueError, match="increase monotonically"):
        histogram_edges(np.ones(3), np.array([0.0, 2.0, 1.0]))
    with pytest.raises(ValueError, match="same shape"):
        histogram_weighted(np.ones(3), np.ones(4))


@pytest.mark.parametrize("bins", [np.array([-1, 0, 0.5, 2.0]), np.array([2.0, 0.5, 0, -1]),
                                  np.array([0.0]), np.array([1, 1, 2, 2, 3]),
                                  np.array([3, 2, 2, 1]), np.array([0.0, 1.0, np.nan]),
                                  np.array([np.nan, 1.0]), np.array([2.0, 2.0, np.nan]),
                                  np.array([], float)])
def test_digitize(bins):
    # NaN sorts after every number, as in NumPy's searchsorted; NaN edges
    # take NumPy's monotonicity rule (the first differing pair decides).
    special = np.array([np.nan, np.inf, -np.inf, 0.0, 1.0])
    for x in (RNG.normal(size=50), np.array([0, 0.5, 1, 2, 3, -1]), RNG.normal(size=(3, 4)),
              special):
        np.testing.assert_array_equal(digitize(x, bins), np.digitize(x, bins))
        np.testing.assert_array_equal(digitize_right(x, bins),
                                      np.digitize(x, bins, right=True))
    assert digitize(0.5, bins) == np.digitize(0.5, bins)
    assert digitize(np.nan, bins) == np.digitize(np.nan, bins)


def test_digitize_needs_monotonic_bins():
    with pytest.raises(ValueError, match="monotonically increasing or decreasing"):
        digitize(1.0, np.array([0.0, 2.0, 1.0]))
