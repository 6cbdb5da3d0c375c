"""More edge cases checked against NumPy (session 16): the NaN-skipping
reductions and the median of complex arrays, np.take along an empty axis or
with empty outer axes, and np.cross with axisa=/axisb=/axisc=/axis=."""

import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

nan, inf = np.nan, np.inf


def complex_statistics(a):
    return (np.nanmin(a), np.nanmax(a), np.nansum(a), np.nanprod(a), np.nanmean(a),
            np.nanvar(a), np.nanstd(a), np.var(a), np.std(a), np.median(a),
            np.nanmedian(a))


complex_statistics_jit = nbc.njit(complex_statistics)


def numpy_answers(fn, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN slices
        return fn(*args)


def assert_same(got, want, rtol):
    assert np.shape(got) == np.shape(want)
    if isinstance(got, np.ndarray):
        assert got.dtype == want.dtype
    else:  # a scalar comes back as a Python number, as from Numba
        assert type(got) is type(want.item())
    # A complex NaN is one with a NaN part, whichever part NumPy's is.
    got_nan, want_nan = np.isnan(got), np.isnan(want)
    np.testing.assert_array_equal(got_nan, want_nan)
    np.testing.assert_allclose(np.where(got_nan, 0, got), np.where(want_nan, 0, want),
                               rtol=rtol)


COMPLEX = np.array([1 + 2j, 1 + 1j, nan + 0j, 3 - 1j, complex(0, nan), 2 + 0j, -1 + 5j])


@pytest.mark.parametrize("a", [
    COMPLEX, COMPLEX[::-2], COMPLEX[[0, 1, 3, 5, 6]], COMPLEX[[0, 1, 3, 5]],
    COMPLEX.astype(np.complex64), np.array([nan + 0j, complex(0, nan)]),
    np.array([1 + 1j]), np.array([complex(inf, 1), complex(1, inf), 2 + 0j]),
    np.array([[1 + 1j, 2 - 1j, nan], [3j, 1 + 1j, 1 - 1j]]).T])
def test_complex_nan_reductions_and_median(a):
    """NumPy orders complex values lexicographically, counts an element with
    a NaN part as NaN and gives real variances."""
    got = complex_statistics_jit(a)
    want = numpy_answers(complex_statistics, a)
    rtol = 1e-5 if a.dtype == np.complex64 else 1e-12
    for g, w in zip(got, want):
        assert_same(g, w, rtol)


def complex_statistics_along(a):
    return (np.nanmin(a, axis=0), np.nanmax(a, axis=-1), np.nansum(a, axis=1),
            np.nanmean(a, axis=0), np.nanvar(a, axis=0), np.nanstd(a, axis=1, ddof=1),
            np.var(a, axis=1, keepdims=True), np.nanprod(a, axis=0))


complex_statistics_along_jit = nbc.njit(complex_statistics_along)


@pytest.mark.parametrize("a", [
    np.array([[1 + 2j, nan, 3j], [2 - 1j, 5 + 5j, complex(0, nan)],
              [1 + 1j, 0j, 2 + 2j], [1 - 1j, 4, 4j]]),
    np.asfortranarray(np.arange(12.0).reshape(3, 4) * (1 - 1j)),
    np.array([[nan, complex(nan, 1)], [1j, 1 + 0j]]).T])
def test_complex_nan_reductions_along_axes(a):
    got = complex_statistics_along_jit(a)
    want = numpy_answers(complex_statistics_along, a)
    for g, w in zip(got, want):
        assert_same(g, w, 1e-12)


def test_complex_nanmin_of_nothing_raises():
    with pytest.raises(ValueError, match="zero-size array to reduction operation fmin"):
        complex_statistics_jit(np.zeros(0, complex))


def taken(a, i):
    return np.take(a, i, axis=0), np.take(a, i, axis=1), np.take(a, i, axis=-1)


taken_jit = nbc.njit(taken)


@pytest.mark.parametrize("shape", [(0, 3), (3, 0), (0, 0), (2, 0, 3), (0, 2, 3),
                                   (2, 3, 0), (0, 0, 2)])
@pytest.mark.parametrize("i", [[], [0], [5], [-9, 1], [[0]]])
def test_take_along_empty_axes_as_numpy(shape, i):
    """np.take checks the indices only when the axes before the taken one
    hold elements, and refuses a non-empty take from an empty axis."""
    a, i = np.zeros(shape), np.array(i, np.int64)
    results = []
    for axis in (0, 1, -1):  # one at a time: NumPy raises for some axes only
        try:
            want = np.take(a, i, axis=axis)
        except IndexError as e:
            results.append(e)
        else:
            results.append(want)
    if not any(isinstance(r, IndexError) for r in results):
        for g, w in zip(taken_jit(a, i), results):
            assert g.shape == w.shape and g.dtype == w.dtype
        return
    with pytest.raises(IndexError) as raised:
        taken_jit(a, i)
    first = next(r for r in results if isinstance(r, IndexError))
    assert str(raised.value) == str(first)


def test_indexing_still_checks_every_index():
    """a[:, idx] is not np.take: NumPy checks the indices even when the
    result is empty."""
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 1 with size 3"):
        np.zeros((0, 3))[:, np.array([5])]
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 1 with size 3"):
        nbc.njit(lambda a, i: a[:, i])(np.zeros((0, 3)), np.array([5]))


def crosses(a, b):
    return (np.cross(a, b, axisa=0, axisb=0), np.cross(a, b, axisa=0, axisb=0, axisc=0),
            np.cross(a, b, axis=0), np.cross(a, b, axisa=0, axisb=-1, axisc=1, axis=0))


crosses_jit = nbc.njit(crosses)


@pytest.mark.parametrize("a, b", [
    (np.arange(12.0).reshape(3, 4), np.arange(12.0).reshape(3, 4)[::-1] ** 2),
    (np.arange(8).reshape(2, 4), np.arange(12).reshape(3, 4).T[::-1].T.copy()),
    (np.arange(12.0).reshape(3, 4).T.T, np.arange(3.0).reshape(3, 1)),
    (np.arange(24.0).reshape(3, 2, 4), np.ones((3, 2, 4), np.float32)),
    (np.asfortranarray(np.arange(6.0).reshape(3, 2)) * 1j, np.arange(6.0).reshape(3, 2))])
def test_cross_with_axis_keywords(a, b):
    """NumPy moves axisa/axisb last, crosses, and moves the product's axis to
    axisc; axis= stands for all three."""
    for g, w in zip(crosses_jit(a, b), crosses(a, b)):
        assert g.shape == w.shape and g.dtype == w.dtype
        np.testing.assert_allclose(g, w, rtol=1e-12)


def test_cross_axis_out_of_bounds():
    @nbc.njit
    def bad(a, b):
        return np.cross(a, b, axisa=2)
    with pytest.raises(np.exceptions.AxisError, match="axisa: axis 2 is out of bounds "
                       "for array of dimension 2"):
        np.cross(np.ones((3, 3)), np.ones((3, 3)), axisa=2)
    with pytest.raises(nbc.errors.AxisError, match="axisa: axis 2 is out of bounds "
                       "for array of dimension 2"):
        bad(np.ones((3, 3)), np.ones((3, 3)))


@nbc.njit
def singular_det(a):
    return np.linalg.det(a)


@pytest.mark.parametrize("a", [np.array([[1.0, 2.0], [2.0, 4.0]]), np.zeros((3, 3)),
                               np.array([[0.0, 1.0], [0.0, 1.0]], np.float32)])
def test_det_of_singular_matrix_is_plus_zero(a):
    """NumPy's det is +0.0 when LAPACK's LU finds an exact zero pivot (the
    sign of the row swaps is not applied to it)."""
    got, want = singular_det(a), np.linalg.det(a)
    assert got == want == 0.0
    assert np.signbit(got) == np.signbit(want)


@nbc.njit
def bool_einsums(a, b):
    return np.einsum("i,i", a, b), np.einsum("i->", a), np.einsum("i,j->ij", a, b)


@pytest.mark.parametrize("a, b", [(np.array([True, False]), np.array([True, True])),
                                  (np.array([False, True]), np.array([True, False])),
                                  (np.array([True]), np.array([True]))])
def test_einsum_of_bools_stays_bool(a, b):
    """NumPy sums bool products with logical or: a bool, not a count."""
    for got, want in zip(bool_einsums(a, b), (np.einsum("i,i", a, b), np.einsum("i->", a),
                                              np.einsum("i,j->ij", a, b))):
        assert np.asarray(got).dtype == np.asarray(want).dtype
        np.testing.assert_array_equal(got, want)


def rolls(a):
    return (np.roll(a, (1, -2), axis=(0, 1)), np.roll(a, 2, axis=(0, -1)),
            np.roll(a, (2, 3), axis=1), np.roll(a, (2, 3)), np.roll(a, (1, 1, 1), axis=(0, 1, 0)))


rolls_jit = nbc.njit(rolls)


@pytest.mark.parametrize("a", [np.arange(12.0).reshape(3, 4), np.arange(24).reshape(2, 3, 4)[:, ::-1],
                               np.asfortranarray(np.arange(12).reshape(4, 3)), np.zeros((0, 3)),
                               np.array([[True, False, True]])])
def test_roll_with_tuples(a):
    """NumPy broadcasts shift against axis: one roll per pair, a repeated
    axis adding its shifts."""
    for got, want in zip(rolls_jit(a), rolls(a)):
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
    with pytest.raises(ValueError, match="shape mismatch"):
        nbc.njit(lambda a: np.roll(a, (1, 2, 3), axis=(0, 1)))(a)


def array_rolls(a, shift, axes):
    return (np.roll(a, shift, axis=(0, -1)), np.roll(a, shift, axis=axes), np.roll(a, shift),
            np.roll(a, shift[:1], axis=(0, 1)), np.roll(a, 3, axis=axes))


array_rolls_jit = nbc.njit(array_rolls)


@pytest.mark.parametrize("a", [np.arange(24).reshape(2, 3, 4), np.arange(12.0).reshape(4, 3)[::-1]])
@pytest.mark.parametrize("shift, axes", [(np.array([1, -5]), np.array([1, 0])),
                                         (np.array([0, 7]), np.array([-1]))])
def test_roll_with_arrays(a, shift, axes):
    """Array shifts and axes broadcast as tuples do (they were refused:
    "expected a scalar, got array")."""
    for got, want in zip(array_rolls_jit(a, shift, axes), array_rolls(a, shift, axes)):
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
    with pytest.raises(ValueError, match="shape mismatch"):
        array_rolls_jit(a, np.array([1, 2, 3]), axes)
    with pytest.raises(nbc.UnsupportedError, match="scalar or 1-d shift"):
        nbc.njit(lambda a: np.roll(a, np.ones((1, 1), np.int64), axis=0))(a)
