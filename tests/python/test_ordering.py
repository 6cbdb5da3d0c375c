"""np.median, np.nanmedian, np.percentile, np.quantile and np.unique
(nbc.npimpl/ordering.py, on np.sort) against NumPy: empty, 1-element,
strided, reversed, F-order and 2-d inputs, int32/int64/float32/float64/bool,
NaNs, scalar and array q, axis= (int, negative, tuple) and keepdims=,
return_counts=, and NumPy's errors."""

import linecache
import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def medians(a):
    return np.median(a), np.nanmedian(a)


@nbc.njit
def median_axis_none(a):
    return np.median(a, axis=None)


@nbc.njit
def quantiles(a, q):
    return np.quantile(a, q), np.percentile(a, q * 100)


@nbc.njit
def uniq(a):
    return np.unique(a)


@nbc.njit
def uniq_counts(a):
    return np.unique(a, return_counts=True)


def sample(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.integers(-6, 7, size=shape)
    if dtype == np.bool_:
        return x > 0
    x = x.astype(dtype)
    if np.dtype(dtype).kind == "f":
        x = x + rng.standard_normal(shape).astype(dtype) * (x > 2)
    return x


def views(a):
    out = [a, a[::-1], np.asfortranarray(a)]
    if a.shape and a.shape[0] > 2:
        out.append(a[::2])
    return out


def same(got, want):
    """Equal values (NaNs equal) and, for arrays, NumPy's dtype (scalars
    come back as Python floats, as Numba returns them)."""
    want = np.asarray(want)
    if isinstance(got, np.ndarray):
        assert got.dtype == want.dtype, (got.dtype, want.dtype)
    else:
        assert isinstance(got, float)
    tol = 1e-6 if want.dtype == np.float32 else 1e-12
    np.testing.assert_allclose(got, want, rtol=tol, atol=0, equal_nan=True)


SHAPES = [(1,), (2,), (7,), (10,), (1, 1), (4, 5), (3, 4, 2), (300,)]


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.float32, np.float64,
                                   np.bool_])
@pytest.mark.parametrize("shape", SHAPES)
def test_median(dtype, shape):
    for a in views(sample(shape, dtype, sum(shape))):
        if dtype == np.bool_:
            a = a.astype(np.int64)  # NumPy's median of bools fails (subtract)
        m, nm = medians(a)
        same(m, np.median(a))
        same(nm, np.nanmedian(a))
        same(median_axis_none(a), np.median(a, axis=None))


def test_median_nan_and_empty():
    a = np.array([3.0, np.nan, 1.0, 2.0])
    m, nm = medians(a)
    same(m, np.median(a))
    same(nm, np.nanmedian(a))
    with np.errstate(all="ignore"), pytest.warns(RuntimeWarning):
        for x in (np.array([], float), np.array([np.nan, np.nan])):
            m, nm = medians(x)
            same(m, np.median(x))
            same(nm, np.nanmedian(x))


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.float32, np.float64])
@pytest.mark.parametrize("shape", SHAPES)
def test_quantiles_scalar_and_array_q(dtype, shape):
    for n, a in enumerate(views(sample(shape, dtype, sum(shape) + 1))):
        for q in (0.0, 0.25, 0.5, 0.7, 1.0, 1 / 3):
            qa, pa = quantiles(a, q)
            same(qa, np.quantile(a, q))
            same(pa, np.percentile(a, q * 100))
        # q's rank and strides (each a compilation) only shape the result:
        # every kind of q on C-order float64, a 1-d q on the others
        array_qs = [np.array([0.1, 0.5, 0.9])]
        if n == 0 and dtype == np.float64:
            array_qs += [np.array([[0.0, 1.0], [0.33, 0.66]]), np.linspace(0, 1, 7)[::2]]
        for q in array_qs:
            qa, pa = quantiles(a, q)
            same(qa, np.quantile(a, q))
            same(pa, np.percentile(a, q * 100))


def quantiles_of_sequences(a, lo):
    """q as a list or tuple display, as bootstrap intervals write it."""
    return (np.percentile(a, [lo, 100.0 - lo]), np.quantile(a, (0.25, 0.5, 0.75)),
            np.nanpercentile(a, [50, 90]), np.nanquantile(a, [lo / 100.0]))


def test_quantiles_of_a_list_or_tuple_q():
    """q given as a list or tuple (Numba takes them; nbc refused:
    "unsupported list method 'ravel'")."""
    a = np.random.default_rng(3).normal(size=40)
    a[5] = np.nan
    for x in (a[~np.isnan(a)], a):
        got = nbc.njit(quantiles_of_sequences)(x, 2.5)
        for g, w in zip(got, quantiles_of_sequences(x, 2.5)):
            same(g, w)
    with pytest.raises(ValueError, match=r"Percentiles must be in the range \[0, 100\]"):
        nbc.njit(quantiles_of_sequences)(a, -1.0)


def test_quantiles_nan_and_errors():
    a = np.array([1.0, np.nan, 3.0])
    qa, pa = quantiles(a, 0.5)
    same(qa, np.quantile(a, 0.5))
    same(pa, np.percentile(a, 50.0))
    for q in (1.5, -0.1, np.array([0.5, 2.0])):
        with pytest.raises(ValueError, match="Quantiles must be in the range"):
            quantiles(np.arange(3.0), q)

    @nbc.njit
    def percentile(a, q):
        return np.percentile(a, q)
    with pytest.raises(ValueError, match=r"Percentiles must be in the range \[0, 100\]"):
        percentile(np.arange(3.0), 101.0)
    with pytest.raises(IndexError, match="index -1 is out of bounds"):
        percentile(np.array([], float), 50.0)


@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.float32, np.float64,
                                   np.bool_, np.uint8])
@pytest.mark.parametrize("shape", [(0,), (1,), (9,), (4, 5), (0, 3), (200,)])
def test_unique(dtype, shape):
    for a in views(sample(shape, dtype, sum(shape) + 2)):
        got = uniq(a)
        want = np.unique(a)
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
        values, counts = uniq_counts(a)
        want_values, want_counts = np.unique(a, return_counts=True)
        np.testing.assert_array_equal(values, want_values)
        np.testing.assert_array_equal(counts, want_counts)
        assert counts.dtype == want_counts.dtype


def test_unique_nans_collapse():
    a = np.array([2.0, np.nan, 1.0, np.nan, 2.0, -0.0, 0.0])
    np.testing.assert_array_equal(uniq(a), np.unique(a))
    values, counts = uniq_counts(a)
    want_values, want_counts = np.unique(a, return_counts=True)
    np.testing.assert_array_equal(values, want_values)
    np.testing.assert_array_equal(counts, want_counts)


def test_unsupported_keywords():
    @nbc.njit
    def median_out(a):
        return np.median(a, axis=0, out=a)

    @nbc.njit
    def percentile_weights(a):
        return np.percentile(a, 50, weights=a)

    @nbc.njit
    def quantile_method(a):
        return np.quantile(a, 0.5, method="nearest")

    @nbc.njit
    def unique_inverse(a):
        return np.unique(a, return_inverse=True)

    @nbc.njit
    def unique_counts_variable(a, flag):
        return np.unique(a, return_counts=flag)
    a = np.arange(4.0)
    with pytest.raises(nbc.UnsupportedError, match="np.median: out= is not supported"):
        median_out(a)
    with pytest.raises(nbc.UnsupportedError, match="np.percentile: weights= is not "
                       "supported"):
        percentile_weights(a)
    with pytest.raises(nbc.UnsupportedError, match="np.quantile: only method='linear'"):
        quantile_method(a)
    with pytest.raises(nbc.UnsupportedError, match="np.unique: return_inverse= is "
                       "not supported"):
        unique_inverse(a)
    with pytest.raises(nbc.TypingError, match="return_counts= must be one of"):
        unique_counts_variable(a, True)


# -- axis= and keepdims= ---------------------------------------------------------
AXIS_KERNELS = {}


def axis_kernels(ndim):
    """Every order statistic along each axis, a negative one, a pair and
    all of them, with and without keepdims: a kernel per axis argument
    (a kernel returns a bounded number of results) for rank `ndim`."""
    if ndim in AXIS_KERNELS:
        return AXIS_KERNELS[ndim]
    axes = [str(d) for d in range(ndim)] + ["-1"]
    if ndim >= 2:
        axes += [f"(0, {ndim - 1})", f"({ndim - 1}, -{ndim})"]
    axes.append("(" + ", ".join(str(d) for d in range(ndim)) + ",)")
    groups = []
    for k, axis in enumerate(axes):
        keep = ", keepdims=True" if k % 2 else ""
        groups.append([f"np.median(a, axis={axis}{keep})",
                       f"np.nanmedian(a, {axis}{keep})",
                       f"np.quantile(a, q, axis={axis}{keep})",
                       f"np.percentile(a, 0.3 * 100, {axis}{keep})",
                       f"np.quantile(a, 0.7, axis={axis}, keepdims=False)"])
    groups.append(["np.median(a, axis=None, keepdims=True)",
                   "np.percentile(a, q * 100, None, None, False, 'linear', True)"])
    kernels = []
    for k, lines in enumerate(groups):
        name = f"order_statistics_{ndim}d_{k}"
        src = f"def {name}(a, q):\n    return (" + ",\n            ".join(lines) + ",)\n"
        filename = f"<test_ordering {name}>"
        linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
        namespace = {"np": np}
        exec(compile(src, filename, "exec"), namespace)
        kernels.append(nbc.njit(namespace[name]))
    AXIS_KERNELS[ndim] = kernels
    return kernels


def same_result(got, want, what, from_float32):
    """As `same`, with float32's tolerance for float32 input (NumPy takes
    the difference of two float32 neighbours in float32, nbc in float64)."""
    want = np.asarray(want)
    assert np.shape(got) == want.shape, (what, np.shape(got), want.shape)
    if isinstance(got, np.ndarray):
        assert got.dtype == want.dtype, (what, got.dtype, want.dtype)
    tol = 1e-6 if from_float32 else 1e-12
    np.testing.assert_allclose(got, want, rtol=tol, atol=0, equal_nan=True,
                               err_msg=what)


AXIS_SHAPES = [(5,), (4, 5), (1, 1), (3, 2, 4), (2, 0), (0, 3)]


Q_1D, Q_2D = np.array([0.0, 0.25, 1.0]), np.array([[0.5], [1 / 3]])


def kernels_and_arrays(a, shape, dtype):
    """(kernel, array, q) runs, each kernel, array layout and q rank a
    compilation: on C-order float64 (NaNs in it) every kernel with a 1-d q
    and a few with a 2-d q (q's shape leads the result's); the other
    layouts of float64 (which the kernels copy into C order) and the other
    dtypes with 1-d q through a few kernels: along one axis, along another
    with keepdims, along a pair of axes (or none). F order up to rank 2."""
    kernels = axis_kernels(len(shape))
    pair = kernels[len(shape) + 1 if len(shape) >= 2 else -1]
    if dtype != np.float64:
        return [(k, a, Q_1D) for k in (kernels[1], pair)]
    some = [kernels[0], kernels[1], pair]
    runs = [(k, a, Q_1D) for k in kernels] + [(k, a, Q_2D) for k in some]
    others = [a[::-1]] + ([np.asfortranarray(a)] if len(shape) <= 2 else [])
    if len(shape) >= 2:
        big = sample(tuple(2 * n for n in shape), dtype, 7)
        others.append(big[::2, ::-2, ...])
    return runs + [(k, x, Q_1D) for x in others for k in some]


@pytest.mark.parametrize("dtype", [np.int32, np.float32, np.float64])
@pytest.mark.parametrize("shape", AXIS_SHAPES, ids=str)
def test_order_statistics_axis_keepdims(shape, dtype):
    a = sample(shape, dtype, sum(shape) + 3)
    if dtype == np.float64 and a.size > 3:
        a.ravel()[[1, a.size - 2]] = np.nan
    for k, x, q in kernels_and_arrays(a, shape, dtype):
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            want, want_exc = outcome(k.py_func, x, q)
            got, got_exc = outcome(k, x, q)
        assert got_exc is want_exc, (shape, got_exc, want_exc)
        if want_exc is not None:
            continue
        for n, (g, w) in enumerate(zip(got, want)):
            same_result(g, w, f"{k.py_func.__name__} {x.strides} q={q.tolist()} "
                        f"result {n}", dtype == np.float32)


def outcome(f, *args):
    try:
        return f(*args), None
    except Exception as e:  # noqa: BLE001 - the kind is compared
        return None, type(e)


def test_order_statistics_axis_errors():
    @nbc.njit
    def out_of_range(a):
        return np.median(a, axis=2)

    @nbc.njit
    def repeated(a):
        return np.quantile(a, 0.5, axis=(0, -2))

    @nbc.njit
    def empty_axis(a):
        return np.quantile(a, 0.5, axis=1)

    @nbc.njit
    def bad_q(a):
        return np.percentile(a, 120.0, axis=0)
    a = np.ones((2, 3))
    with pytest.raises(np.exceptions.AxisError, match="axis 2 is out of bounds"):
        out_of_range(a)
    with pytest.raises(nbc.TypingError, match="duplicate value in 'axis'"):
        repeated(a)
    with pytest.raises(IndexError, match="index -1 is out of bounds"):
        empty_axis(np.ones((3, 0)))
    with pytest.raises(ValueError, match="Percentiles must be in the range"):
        bad_q(a)
