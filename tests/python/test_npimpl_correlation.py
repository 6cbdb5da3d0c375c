"""np.cov, np.corrcoef, np.convolve, np.correlate and the small helpers
(np.isclose, allclose, array_equal, count_nonzero, average, ptp,
trapezoid, polyval, cross) from nbc.npimpl, against NumPy."""

import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec
RNG = np.random.default_rng(11)


@nbc.njit
def cov(m):
    return np.cov(m)


@nbc.njit
def cov_columns(m):
    return np.cov(m, rowvar=False, bias=True)


@nbc.njit
def cov_ddof(m, d):
    return np.cov(m, ddof=d)


@nbc.njit
def cov_pair(x, y):
    return np.cov(x, y)


@nbc.njit
def corrcoef(m):
    return np.corrcoef(m)


@nbc.njit
def corrcoef_pair(x, y):
    return np.corrcoef(x, y)


MATRICES = [RNG.random(7), RNG.random((3, 6)), np.arange(12).reshape(3, 4),
            RNG.random((6, 3))[::2], RNG.random((4, 5)).T, np.asfortranarray(RNG.random((3, 3)))]


@pytest.mark.parametrize("case", range(len(MATRICES)))
def test_cov_and_corrcoef(case):
    m = MATRICES[case]
    for got, want in ((cov(m), np.cov(m)), (cov_columns(m), np.cov(m, rowvar=False, bias=True)),
                      (cov_ddof(m, 0), np.cov(m, ddof=0)), (corrcoef(m), np.corrcoef(m))):
        assert np.shape(got) == np.shape(want)
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)


def test_cov_pairs_and_degenerate_cases():
    x, y = RNG.random(5), np.arange(5)
    np.testing.assert_allclose(cov_pair(x, y), np.cov(x, y))
    np.testing.assert_allclose(corrcoef_pair(x, y), np.corrcoef(x, y))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        np.testing.assert_array_equal(cov(np.ones(1)), np.cov(np.ones(1)))  # nan, 0-d
        np.testing.assert_array_equal(cov_ddof(x, 5), np.cov(x, ddof=5))  # inf
    with pytest.raises(ValueError, match="single row is unsupported"):
        cov(np.ones((1, 4)))  # NumPy's shape would depend on the row count
    with pytest.raises(ValueError, match="more than 2 dimensions"):
        cov(np.ones((2, 2, 2)))


@nbc.njit
def convolve(a, v):
    return np.convolve(a, v)


@nbc.njit
def convolve_same(a, v):
    return np.convolve(a, v, mode="same")


@nbc.njit
def convolve_valid(a, v):
    return np.convolve(a, v, "valid")


@nbc.njit
def correlate(a, v):
    return np.correlate(a, v)


@nbc.njit
def correlate_full(a, v):
    return np.correlate(a, v, mode="full")


@nbc.njit
def correlate_same(a, v):
    return np.correlate(a, v, "same")


PAIRS = [(RNG.random(7), RNG.random(3)), (RNG.random(3), RNG.random(7)),
         (np.arange(5), np.arange(4)), (np.arange(5), RNG.random(6)),
         (RNG.random(1), RNG.random(1)), (RNG.random(6), RNG.random(6)),
         (RNG.random(12)[::2], RNG.random(8)[::-2])]


@pytest.mark.parametrize("case", range(len(PAIRS)))
def test_convolve_and_correlate(case):
    a, v = PAIRS[case]
    for fn, np_fn, mode in ((convolve, np.convolve, "full"),
                            (convolve_same, np.convolve, "same"),
                            (convolve_valid, np.convolve, "valid"),
                            (correlate, np.correlate, "valid"),
                            (correlate_full, np.correlate, "full"),
                            (correlate_same, np.correlate, "same")):
        got, want = fn(a, v), np_fn(a, v, mode)
        assert got.dtype == want.dtype and got.shape == want.shape, (fn, mode)
        np.testing.assert_allclose(got, want, rtol=1e-12, err_msg=f"{np_fn.__name__} {mode}")


def test_convolve_errors():
    with pytest.raises(ValueError, match="v cannot be empty"):
        convolve(np.ones(0), np.ones(3))
    with pytest.raises(ValueError, match="a cannot be empty"):
        correlate(np.ones(0), np.ones(0))

    @nbc.njit
    def bad_mode(a, v):
        return np.convolve(a, v, mode="wide")
    with pytest.raises(nbc.TypingError, match="mode= must be one of"):
        bad_mode(np.ones(3), np.ones(2))


@nbc.njit
def close(a, b):
    return np.isclose(a, b), np.isclose(a, b, rtol=0.1, equal_nan=True), \
        np.allclose(a, b, atol=1e-3)


def test_isclose_allclose():
    a = RNG.random(10)
    b = a + RNG.normal(size=10) * 1e-6
    a[2:5], b[2:5] = (np.nan, np.inf, 1.0), (np.nan, np.inf, 1.2)
    for x, y in ((a, b), (a[5:], b[5:]), (a, 0.5), (1.0, 1.0 + 1e-9), (np.inf, -np.inf)):
        strict, loose, all_close = close(x, y)
        np.testing.assert_array_equal(strict, np.isclose(x, y))
        np.testing.assert_array_equal(loose, np.isclose(x, y, rtol=0.1, equal_nan=True))
        assert all_close == np.allclose(x, y, atol=1e-3)


@nbc.njit
def summaries(a):
    return np.count_nonzero(a), np.average(a), np.ptp(a)


@nbc.njit
def summaries_of_bools(a):
    return np.count_nonzero(a), np.average(a)


@nbc.njit
def equal(a, b):
    return np.array_equal(a, b)


@pytest.mark.parametrize("a", [RNG.integers(0, 3, (4, 5)), RNG.random(9), RNG.random((5, 4)).T,
                               np.array([0.0, -0.0, 2.0]), np.array([True, False, True])])
def test_summaries(a):
    if a.dtype == bool:  # NumPy refuses to subtract booleans (np.ptp: TypeError)
        count, mean = summaries_of_bools(a)
    else:
        count, mean, spread = summaries(a)
        assert spread == np.ptp(a)
    assert count == np.count_nonzero(a)
    assert mean == pytest.approx(np.average(a), rel=1e-14)
    assert equal(a, a.copy()) and not equal(a, a.ravel()[:-1])
    assert equal(a, a[::-1]) == np.array_equal(a, a[::-1])


@nbc.njit
def weighted_average(a, w):
    return np.average(a, weights=w)


def test_weighted_average():
    a, w = RNG.random(6), RNG.random(6)
    assert weighted_average(a, w) == pytest.approx(np.average(a, weights=w), rel=1e-14)
    with pytest.raises(ZeroDivisionError, match="Weights sum to zero"):
        weighted_average(a, np.zeros(6))


@nbc.njit
def integrals(y, x):
    return np.trapezoid(y), np.trapezoid(y, x), np.trapezoid(y, dx=0.5)


@pytest.mark.parametrize("y", [RNG.random(9), np.arange(5), np.ones(1), np.ones(0),
                               RNG.random(20)[::3]])
def test_trapezoid(y):
    x = np.cumsum(RNG.random(y.shape[0]))
    got = integrals(y, x)
    want = (np.trapezoid(y), np.trapezoid(y, x), np.trapezoid(y, dx=0.5))
    np.testing.assert_allclose(got, want, rtol=1e-13)


@nbc.njit
def polyval(p, x):
    return np.polyval(p, x)


def test_polyval():
    for p in (np.array([3.0, 0, 1, 2]), np.array([1, 2]), np.array([], float)):
        for x in (2.5, 3, RNG.random(6), np.arange(4), RNG.random((2, 3))):
            got, want = polyval(p, x), np.polyval(p, x)
            np.testing.assert_allclose(got, want, rtol=1e-14)
            if p.size:  # an empty p gives x's dtype in NumPy (a run-time fact)
                assert np.asarray(got).dtype == np.asarray(want).dtype


@nbc.njit
def cross(a, b):
    return np.cross(a, b)


def test_cross():
    for a, b in ((RNG.random(3), RNG.random(3)), (np.arange(3), np.arange(3, 6)),
                 (RNG.random(6)[::2], np.arange(3.0))):
        np.testing.assert_array_equal(cross(a, b), np.cross(a, b))
    with pytest.raises(ValueError, match="incompatible dimensions"):
        cross(np.ones(4), np.ones(3))  # NumPy takes 2 or 3 elements


@nbc.njit
def cov_with(m, y):
    return np.cov(m, y)


def test_cov_complex():
    """NumPy conjugates: the covariance of complex data is Hermitian (the
    imaginary parts of cov(z)[i, j] and cov(z)[j, i] have opposite signs)."""
    z = RNG.random((3, 5)) + 1j * RNG.random((3, 5))
    for got, want in ((cov(z), np.cov(z)), (cov(z[0]), np.cov(z[0])),
                      (cov_with(np.array([1, 2, 3]), np.array([[1j, 2j, 3j]])),
                       np.cov(np.array([1, 2, 3]), np.array([[1j, 2j, 3j]])))):
        assert got.dtype == want.dtype and got.shape == want.shape
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)
