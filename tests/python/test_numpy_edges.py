"""Edge cases where nbc once gave a different answer from NumPy's (found by
running the same kernels under both over NaN, ±0, limits of narrow
integer types, bools and empty arrays): each is checked against NumPy."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def floor_divide(a, b):
    return a // b, np.floor_divide(a, b), a % b


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64])
def test_int_min_floor_divide_minus_one_wraps(dtype):
    """NumPy's loop gives INT_MIN for INT_MIN // -1 (the quotient does not
    fit) where scalar code gives Numba's 0."""
    low = np.iinfo(dtype).min
    a = np.array([low, low, 7, -7, low, 5], dtype)
    b = np.array([-1, 1, -1, 2, 0, 0], dtype)
    for got, want in zip(floor_divide(a, b), (a // b, np.floor_divide(a, b), a % b)):
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)


@nbc.njit
def spread(a):
    return np.ptp(a)


@pytest.mark.parametrize("a", [np.array([127, -128, 1], np.int8), np.array([200, 3], np.uint8),
                               np.array([-32768, 32767], np.int16), np.array([2.5, np.nan]),
                               np.array([1, 9, 4]), np.array([[3.0, -0.0], [7.0, 1.0]]).T])
def test_ptp_keeps_the_dtype(a):
    """NumPy subtracts in a's dtype: an int8 range of 255 wraps to -1 (the
    scalar comes back as a Python number, as from Numba)."""
    got, want = spread(a), np.ptp(a)
    assert type(got) is type(want.item())
    np.testing.assert_array_equal(got, want)


@nbc.njit
def quantiles_of(a, q):
    return np.percentile(a, q), np.quantile(a, q / 100.0)


@nbc.njit
def percentile_of(a, q):
    return np.percentile(a, q)


@pytest.mark.parametrize("a", [np.array([True, False, True]),
                               np.array([[True, False], [False, False]]).T])
def test_bools_refused_as_numpy(a):
    """NumPy 2 refuses to subtract bools in ptp and the quantiles (TypeError,
    after checking q: ValueError); the median of bools computes."""
    for call in (lambda: spread(a), lambda: quantiles_of(a, 30.0),
                 lambda: quantiles_of(a, np.array([10.0, 50.0]))):
        with pytest.raises(TypeError, match="numpy boolean subtract"):
            call()
    with pytest.raises(ValueError, match=r"Percentiles must be in the range \[0, 100\]"):
        percentile_of(a, 200.0)
    with pytest.raises(ValueError, match="zero-size array"):
        spread(a[:0])


@nbc.njit
def rounded(a):
    return np.round(a)


@nbc.njit
def rounded_to_tenths(a):
    return np.round(a, 1)


def test_round_of_bools():
    """NumPy rounds bools in float16 (which nbc lacks: refused) and refuses
    other decimals with a casting TypeError."""
    a = np.array([True, False])
    with pytest.raises(nbc.UnsupportedError, match="float16"):
        rounded(a)
    with pytest.raises(TypeError, match="Cannot cast ufunc 'multiply' output"):
        rounded_to_tenths(a)
    with pytest.raises(TypeError):
        np.round(a, 1)


@nbc.njit
def integrals(y, x):
    return np.trapezoid(y, x), np.trapezoid(y), np.trapezoid(y, dx=0.5)


@pytest.mark.parametrize("y, x", [
    (np.array([1, 2, 3], np.uint8), np.array([255, 1, 1], np.uint8)),  # wraps as NumPy
    (np.arange(2.0), np.arange(3.0)),  # widths broadcast against one sum
    (np.arange(12.0).reshape(3, 4), np.arange(4.0) ** 2),  # along the last axis
    (np.arange(12.0).reshape(3, 4).T, np.arange(12.0).reshape(4, 3) ** 2),
    (np.arange(24.0).reshape(2, 3, 4)[:, ::2], np.arange(4.0)),
    (np.arange(3, dtype=np.float32), np.arange(3, dtype=np.float32)),
    (np.array([True, False, True]), np.arange(3.0)), (np.ones(0), np.ones(0))])
def test_trapezoid_as_numpy(y, x):
    got = integrals(y, x)
    want = (np.trapezoid(y, x), np.trapezoid(y), np.trapezoid(y, dx=0.5))
    for g, w in zip(got, want):
        assert np.shape(g) == np.shape(w)
        np.testing.assert_allclose(g, w, rtol=1e-13)
    wrong = np.ones(y.shape[-1] + 2, x.dtype)
    if y.shape[-1] > 2:  # more than one sum: NumPy cannot broadcast the widths
        with pytest.raises(ValueError, match="broadcast"):
            np.trapezoid(y, wrong)
        with pytest.raises(ValueError, match="broadcast"):
            integrals(y, wrong)


@nbc.njit
def rows_joined(a):
    return (np.concatenate(a), np.concatenate(a, axis=-1), np.concatenate(a, axis=None),
            np.stack(a), np.stack(a, axis=1), np.stack(a, axis=-1))


def rows_joined_by_numpy(a):
    return (np.concatenate(a), np.concatenate(a, axis=-1), np.concatenate(a, axis=None),
            np.stack(a), np.stack(a, axis=1), np.stack(a, axis=-1))


@pytest.mark.parametrize("a", [
    np.arange(24.0).reshape(2, 3, 4), np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1),
    np.asfortranarray(np.arange(24.0).reshape(4, 3, 2))[:, ::-1], np.zeros((2, 0, 3)),
    np.arange(24, dtype=np.int8).reshape(2, 3, 4)[:, ::2]])
def test_join_the_rows_of_an_array(a):
    """np.concatenate(a) and np.stack(a) of an array read it as the sequence
    of its rows; the result is a new array."""
    got = rows_joined(a)
    for g, w in zip(got, rows_joined_by_numpy(a)):
        assert g.dtype == w.dtype and g.shape == w.shape
        np.testing.assert_array_equal(g, w)
    before = a.copy()
    for g in got:
        g[...] = 1
    np.testing.assert_array_equal(a, before)
    with pytest.raises(ValueError, match="need at least one array to concatenate"):
        rows_joined(a[:0])
    with pytest.raises(ValueError, match="need at least one array to concatenate"):
        rows_joined_by_numpy(a[:0])


@nbc.njit
def spreads(z):
    return np.var(z), np.std(z), np.var(z, axis=0), np.std(z, axis=-1, ddof=1), \
        np.var(z, axis=-1, keepdims=True)


@pytest.mark.parametrize("z", [
    np.array([[1 + 2j, 3 - 1j, 0.5j], [2, -1j, 4 + 4j]]),
    np.array([[1 + 2j, 3 - 1j], [np.nan, 1j]], np.complex64).T, np.zeros((2, 0), complex)])
def test_var_std_of_complex_are_real(z):
    """NumPy's var is mean(|z - mean(z)|**2): real, float32 for complex64."""
    with np.errstate(all="ignore"):
        want = (np.var(z), np.std(z), np.var(z, axis=0), np.std(z, axis=-1, ddof=1),
                np.var(z, axis=-1, keepdims=True))
        got = spreads(z)
    for g, w in zip(got, want):
        assert np.asarray(g).dtype == w.dtype or np.ndim(g) == 0
        assert np.shape(g) == np.shape(w)
        np.testing.assert_allclose(g, w, rtol=1e-6 if w.dtype == np.float32 else 1e-14)


@nbc.njit
def traces(a):
    return np.trace(a, dtype=np.int8), np.trace(a, 1, dtype=np.float32), np.trace(a, -1, 1, 0)


@pytest.mark.parametrize("a", [np.arange(9, dtype=np.uint8).reshape(3, 3) * 30,
                               np.arange(12.0).reshape(3, 4).T, np.ones((0, 2), np.int16)])
def test_trace_in_a_dtype(a):
    """np.trace(a, offset, axis1, axis2, dtype=) sums in dtype (int8 wraps)."""
    got = traces(a)
    want = (np.trace(a, dtype=np.int8), np.trace(a, 1, dtype=np.float32), np.trace(a, -1, 1, 0))
    for g, w in zip(got, want):
        assert g == w and type(g) is type(w.item())


@nbc.njit
def stacked_traces(a):
    return np.trace(a, 0, 1, 2, dtype=np.float32), np.trace(a, 1, -1, 0, np.int16)


def test_trace_of_stacks_in_a_dtype():
    a = np.arange(60, dtype=np.int64).reshape(3, 4, 5).transpose(2, 0, 1) * 1000
    for g, w in zip(stacked_traces(a), (np.trace(a, 0, 1, 2, dtype=np.float32),
                                        np.trace(a, 1, -1, 0, np.int16))):
        assert g.dtype == w.dtype and g.shape == w.shape
        np.testing.assert_array_equal(g, w)


@nbc.njit
def products(a, b):
    return np.kron(a, b), np.inner(a, b)


R = np.arange(24.0).reshape(2, 3, 4)


@pytest.mark.parametrize("a, b", [
    (R, R[:, :2, ::-1]), (R.transpose(2, 0, 1), np.arange(12, dtype=np.int8).reshape(4, 3)),
    (np.arange(4.0), R), (np.ones((2, 1, 4), bool), np.array([[True, False, True, True]])),
    (np.zeros((2, 0, 4)), R.astype(np.complex64))])
def test_kron_and_inner_of_nd_arrays(a, b):
    """NumPy's np.kron (a broadcast product merged pairwise) and np.inner
    (sums over both last axes) of arrays above rank 2."""
    for g, w in zip(products(a, b), (np.kron(a, b), np.inner(a, b))):
        assert g.dtype == w.dtype and g.shape == w.shape
        np.testing.assert_allclose(g, w, rtol=1e-6 if w.dtype == np.complex64 else 1e-14)


@nbc.njit
def inner(a, b):
    return np.inner(a, b)


def test_inner_of_nd_arrays_not_aligned():
    for call in (np.inner, inner):
        with pytest.raises(ValueError, match="not aligned"):
            call(R, R[..., :3])


@nbc.njit
def integrals_along(y, x):
    return np.trapezoid(y, x, axis=0), np.trapezoid(y, dx=0.5, axis=-2), \
        np.trapezoid(y, y[:, :1] ** 2, axis=0)


@pytest.mark.parametrize("y, x", [
    (np.arange(24.0).reshape(3, 4, 2).transpose(1, 0, 2)[:, ::-1], np.array([0.0, 1.0, 3.0, 7.0])),
    (np.ones((4, 3, 2), np.float32), np.arange(4, dtype=np.float32))])
def test_trapezoid_along_an_axis(y, x):
    got = integrals_along(y, x)
    want = (np.trapezoid(y, x, axis=0), np.trapezoid(y, dx=0.5, axis=-2),
            np.trapezoid(y, y[:, :1] ** 2, axis=0))
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and g.shape == w.shape
        np.testing.assert_allclose(g, w, rtol=1e-13)


@nbc.njit
def cross(a, b):
    return np.cross(a, b)


S3 = np.arange(24.0).reshape(4, 2, 3) ** 1.5


# Strided views all: one compiled signature.
@pytest.mark.parametrize("a, b", [(S3[::-1], S3[::-1]), (S3[..., :2], S3[::-1]),
                                  (S3[::-1], S3[:1, :, :2])])
def test_cross_of_stacks_of_vectors(a, b):
    """Vectors along the last axis, the other axes broadcast, a 2-element
    vector with z = 0, as NumPy."""
    got, want = cross(a, b), np.cross(a, b)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-14)


def where_of(c, x, y):
    return np.where(c, x, y)


WHERE = nbc.njit(where_of)


@requires_exec
@pytest.mark.parametrize("args", [(True, 1.0, 2), (False, 1.0, 2), (np.bool_(True), 3, 4),
                                  (0, np.float32(-1.5), np.float32(2.0)),
                                  (1, np.int8(5), np.int8(7)), (0, np.float32(1), np.int16(2))])
def test_where_of_scalars_is_a_zero_d_array(args):
    """np.where of three scalars is a 0-d array (NumPy's and Numba's result),
    not a scalar. (Python scalars passed as arguments are typed int64/float64,
    as Numba types them, not as NumPy's weak scalars.)"""
    got, want = WHERE(*args), where_of(*args)
    assert isinstance(got, np.ndarray) and got.shape == () and got.dtype == want.dtype, \
        (got, want)
    assert got == want
