"""Scans and ufunc methods with NumPy's axis semantics against NumPy:
np.cumsum/np.cumprod (functions and methods, axis=None flattens),
np.diff(a, n, axis) on N-d arrays, np.<ufunc>.reduce (axis defaults to 0),
.accumulate, .outer, .at (repeated, negative and scalar indices, tuples of
indices) and .reduceat (any axis), on 1-d to 4-d arrays of several dtypes
and layouts (C, F, transposed, strided, reversed, empty, 1 element)."""

import functools
import linecache
import warnings

import numpy as np
import pytest

import nbc
from conftest import EXECUTES, outcome

pytestmark = [pytest.mark.skipif(not EXECUTES, reason="needs nbc._core"),
              pytest.mark.filterwarnings("ignore::RuntimeWarning")]

RNG = np.random.default_rng(1414)
SHAPES = {1: (5,), 2: (3, 4), 3: (2, 3, 4), 4: (2, 3, 1, 2)}


def compiled_source(name, lines, params="a", statement=None):
    src = f"def {name}({params}):\n    return (" + ",\n            ".join(lines) + ",)\n"
    if statement is not None:
        src = f"def {name}({params}):\n    {statement}\n"
    filename = f"<test_ufunc_methods {name}>"
    linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
    namespace = {"np": np}
    exec(compile(src, filename, "exec"), namespace)
    return namespace[name]


def values(shape, dtype):
    if dtype == np.bool_:
        return RNG.random(shape) < 0.5
    if np.dtype(dtype).kind in "iu":
        return RNG.integers(0 if np.dtype(dtype).kind == "u" else -3, 4,
                            shape).astype(dtype)
    return RNG.standard_normal(shape).astype(dtype)


def layouts(shape, dtype, all_layouts=True):
    out = [values(shape, dtype), values((1,) * len(shape), dtype),
           values((0,) + tuple(shape[1:]), dtype)]
    if all_layouts:
        out.append(np.asfortranarray(values(shape, dtype)))
        out.append(values(shape[::-1], dtype).T)
        big = values(tuple(2 * n for n in shape), dtype)
        out.append(big[(slice(None, None, -2),) * len(shape)])
    return out


def assert_same(got, want, what):
    assert len(got) == len(want), what
    for k, (g, w) in enumerate(zip(got, want)):
        w, g_arr = np.asarray(w), np.asarray(g)
        assert g_arr.shape == w.shape, (what, k, g_arr.shape, w.shape)
        assert g_arr.dtype == w.dtype or not isinstance(g, np.ndarray), \
            (what, k, g_arr.dtype, w.dtype)
        tight = w.dtype == np.float32
        np.testing.assert_allclose(g_arr, w, rtol=2e-5 if tight else 1e-11,
                                   atol=1e-5 if tight else 1e-12, equal_nan=True,
                                   err_msg=f"{what} result {k}")


def run(k, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        want = k.py_func(*args)
    assert_same(k(*args), want, f"{k.py_func.__name__} on "
                f"{[(a.dtype, a.shape, a.strides) for a in args]}")


def every_axis(ndim):
    return list(range(ndim)) + [-1]


# -- scans -------------------------------------------------------------------
SCAN_KERNELS = {}


def scan_kernel(ndim):
    if ndim not in SCAN_KERNELS:
        lines = ["np.cumsum(a)", "a.cumprod()"]
        for k, axis in enumerate(every_axis(ndim)):
            lines.append(f"np.cumsum(a, axis={axis})" if k % 2 else
                         f"a.cumsum(axis={axis})")
            lines.append(f"np.cumprod(a, {axis})")
        SCAN_KERNELS[ndim] = nbc.njit(compiled_source(f"scans_{ndim}d", lines))
    return SCAN_KERNELS[ndim]


DTYPES = (np.int32, np.int64, np.float32, np.float64, np.bool_)


SCAN_CASES = [(2, d) for d in DTYPES] + [(n, np.float64) for n in (1, 3, 4)] + \
    [(3, np.int32)]


@pytest.mark.parametrize("ndim, dtype", SCAN_CASES,
                         ids=[f"{n}d-{np.dtype(d).name}" for n, d in SCAN_CASES])
def test_cumsum_cumprod_axis(ndim, dtype):
    for a in layouts(SHAPES[ndim], dtype, all_layouts=dtype == np.float64):
        run(scan_kernel(ndim), a)


# -- np.diff -----------------------------------------------------------------
@functools.cache
def diff_kernel(ndim, spellings):
    """Every way to write n and axis, or (the dtype x layout matrix) n=1 and
    n=2 along each axis."""
    lines = ["np.diff(a)"] + [f"np.diff(a, n=2, axis={axis})" for axis in range(ndim)]
    if spellings:
        lines = ["np.diff(a)", "np.diff(a, 0)", "np.diff(a, n=2)", "np.diff(a, n=7)"]
        for axis in every_axis(ndim):
            lines.append(f"np.diff(a, axis={axis})")
            lines.append(f"np.diff(a, n=2, axis={axis})")
    return nbc.njit(compiled_source(f"diffs_{ndim}d" if spellings else f"diff_axes_{ndim}d",
                                    lines))


DIFF_CASES = [(2, d) for d in (np.int32, np.uint8, np.float32, np.float64, np.bool_)] + \
    [(n, np.float64) for n in (1, 3, 4)]


@pytest.mark.parametrize("ndim, dtype", DIFF_CASES,
                         ids=[f"{n}d-{np.dtype(d).name}" for n, d in DIFF_CASES])
def test_diff_n_axis(ndim, dtype):
    """The spellings on float64 C-order arrays (and 1 element, empty); the
    dtypes and layouts (up to 3-d) along each axis."""
    arrays = layouts(SHAPES[ndim], dtype, all_layouts=dtype == np.float64 and ndim <= 3)
    for k, a in enumerate(arrays):
        run(diff_kernel(ndim, spellings=dtype == np.float64 and k < 3), a)


def test_diff_errors():
    k = nbc.njit(compiled_source("diff_negative", ["np.diff(a, n=-1)"]))
    with pytest.raises(nbc.TypingError, match="order must be non-negative but got -1"):
        k(np.ones(3))
    k = nbc.njit(compiled_source("diff_axis", ["np.diff(a, axis=2)"]))
    with pytest.raises(np.exceptions.AxisError, match="axis 2 is out of bounds"):
        k(np.ones((2, 3)))
    k = nbc.njit(compiled_source("diff_prepend", ["np.diff(a, prepend=0)"]))
    with pytest.raises(nbc.UnsupportedError, match="'prepend' is not supported"):
        k(np.ones(3))


# -- ufunc.reduce ------------------------------------------------------------
UFUNC_REDUCE = ("add", "multiply", "maximum", "minimum", "logical_and", "logical_or")
@functools.cache
def reduce_kernel(ufunc, ndim, spellings):
    """Every way to write axis (and keepdims), or (the dtype x layout
    matrix) each axis and None once."""
    lines = [f"np.{ufunc}.reduce(a, axis=None)"]
    lines += [f"np.{ufunc}.reduce(a, axis={axis})" for axis in range(ndim)]
    if spellings:
        lines = [f"np.{ufunc}.reduce(a)", f"np.{ufunc}.reduce(a, axis=None)",
                 f"np.{ufunc}.reduce(a, 0, keepdims=True)"]
        lines += [f"np.{ufunc}.reduce(a, axis={axis})" for axis in every_axis(ndim)]
        if ndim >= 2:
            lines.append(f"np.{ufunc}.reduce(a, axis=(0, {ndim - 1}))")
    name = f"reduce_{ufunc}_{ndim}d" if spellings else f"reduce_axes_{ufunc}_{ndim}d"
    return nbc.njit(compiled_source(name, lines))


REDUCE_CASES = [(n, np.float64) for n in (1, 2, 3, 4)] + [(2, np.int32), (3, np.bool_)]


@pytest.mark.parametrize("ndim, dtype", REDUCE_CASES,
                         ids=[f"{n}d-{np.dtype(d).name}" for n, d in REDUCE_CASES])
@pytest.mark.parametrize("ufunc", UFUNC_REDUCE)
def test_ufunc_reduce(ufunc, ndim, dtype):
    """The spellings on float64 C-order arrays (and 1 element, empty); the
    dtypes and layouts (up to 3-d) along each axis and None."""
    arrays = layouts(SHAPES[ndim], dtype, all_layouts=dtype == np.float64 and ndim <= 3)
    for j, a in enumerate(arrays):
        k = reduce_kernel(ufunc, ndim, spellings=dtype == np.float64 and j < 3)
        if a.size == 0 and ufunc in ("maximum", "minimum"):
            want, want_exc = outcome(k.py_func, [a])
            got, got_exc = outcome(k, [a])
            assert got_exc is want_exc is ValueError
            continue
        run(k, a)


# -- ufunc.accumulate ----------------------------------------------------------
UFUNC_ACCUMULATE = ("add", "multiply", "maximum", "minimum")


@pytest.mark.parametrize("ufunc", UFUNC_ACCUMULATE)
@pytest.mark.parametrize("dtype", (np.int32, np.float32, np.float64, np.bool_),
                         ids=lambda d: np.dtype(d).name)
def test_ufunc_accumulate(ufunc, dtype):
    for ndim in (1, 3):
        lines = [f"np.{ufunc}.accumulate(a)"]
        lines += [f"np.{ufunc}.accumulate(a, axis={axis})" for axis in every_axis(ndim)]
        k = nbc.njit(compiled_source(f"accumulate_{ufunc}_{ndim}d", lines))
        for a in layouts(SHAPES[ndim], dtype, all_layouts=dtype == np.float64):
            run(k, a)


def test_accumulate_propagates_nan():
    k = nbc.njit(compiled_source("running_extremes", [
        "np.maximum.accumulate(a)", "np.minimum.accumulate(a, axis=0)"]))
    a = values((5, 2), np.float64)
    a[2, 0] = np.nan
    run(k, a)


# -- ufunc.outer ---------------------------------------------------------------
UFUNC_OUTER = ("add", "subtract", "multiply", "divide", "maximum", "minimum")


@pytest.mark.parametrize("ufunc", UFUNC_OUTER)
def test_ufunc_outer(ufunc):
    k = nbc.njit(compiled_source(f"outer_{ufunc}", [f"np.{ufunc}.outer(a, b)"],
                                 params="a, b"))
    cases = [(values((3,), np.float64), values((4,), np.float64)),
             (values((2, 3), np.float64), values((4,), np.float64)),
             (values((3,), np.float64), values((2, 0), np.float64)),
             (values((6,), np.float64)[::-2], values((3, 2), np.float64).T)]
    for a, b in cases:
        run(k, a, b)
    ki = nbc.njit(compiled_source(f"outer_{ufunc}_int", [f"np.{ufunc}.outer(a, b)"],
                                  params="a, b"))
    run(ki, values((3,), np.int32), values((2, 2), np.int32))


# -- ufunc.at -------------------------------------------------------------------
UFUNC_AT = ("add", "subtract", "multiply", "maximum", "minimum")
AT_KERNELS = {}


def at_kernel(ufunc):
    if ufunc not in AT_KERNELS:
        AT_KERNELS[ufunc] = nbc.njit(compiled_source(
            f"at_{ufunc}", [], "a, i, b", statement=f"np.{ufunc}.at(a, i, b)"))
    return AT_KERNELS[ufunc]


AT_DTYPES = (np.int32, np.int64, np.float32, np.float64, np.bool_)


@pytest.mark.parametrize("dtype", AT_DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("ufunc", UFUNC_AT)
def test_ufunc_at_1d(ufunc, dtype):
    if ufunc == "subtract" and dtype == np.bool_:
        return  # NumPy's TypeError: test_ufunc_at_errors
    k = at_kernel(ufunc)
    idx = np.array([0, 3, 3, -1, 0, 3])
    for a in (values((6,), dtype), values((12,), dtype)[::-2],
              values((12,), dtype)[1::2]):
        for i, b in ((idx, values((6,), dtype)), (idx, values((1,), dtype)),
                     (idx.astype(np.int32), values((6,), dtype)[::-1]),
                     (idx, 2), (idx, 1.5), (4, 3), (-2, values((), dtype)[()]),
                     (np.zeros(0, np.int64), values((0,), dtype))):
            if dtype == np.bool_ and isinstance(b, float):
                continue
            want, got = a.copy(), a.copy()
            k.py_func(want, i, b)
            k(got, i, b)
            assert got.dtype == want.dtype
            np.testing.assert_allclose(got, want, rtol=1e-6, equal_nan=True,
                                       err_msg=f"{ufunc}.at {a.dtype} {i!r} {b!r}")
    one = values((1,), dtype)
    want, got = one.copy(), one.copy()
    b = values((6,), dtype)
    k.py_func(want, np.array([0, 0, -1]), b[::2])
    k(got, np.array([0, 0, -1]), b[::2])
    np.testing.assert_allclose(got, want, rtol=1e-6)


@pytest.mark.parametrize("ufunc", UFUNC_AT)
def test_ufunc_at_nd_first_axis(ufunc):
    k = at_kernel(ufunc)
    idx = np.array([1, 0, 1, -1, 1])
    for shape in ((4, 3), (3, 2, 2)):
        rest = shape[1:]
        c = values(shape, np.float64)
        layouts_of = [c, np.asfortranarray(c), values(shape[::-1], np.float64).T,
                      values(tuple(2 * n for n in shape), np.float64)[
                          (slice(None, None, 2),) + (slice(None, None, -2),) * len(rest)]]
        for a in layouts_of:
            # Every index kind into C order; an array and an int into the others.
            cases = [(idx, values((5,) + rest, np.float64)),
                     (idx, values((5,) + (1,) * len(rest), np.float64)),
                     (2, values(rest, np.float64))]
            if a is c:
                cases += [(idx, values(rest, np.float64)),
                          (idx, values((1,) + rest, np.float64)[..., ::-1]),
                          (idx, 0.5), (-1, 3.0), (np.zeros(0, np.int64), 1.0)]
            for i, b in cases:
                want, got = a.copy(), a.copy(order="K")
                k.py_func(want, i, b)
                k(got, i, b)
                np.testing.assert_array_equal(got, want, err_msg=f"{ufunc}.at "
                                              f"{a.shape} {a.strides} {i!r}")
    # The kernel writes through a view into the caller's array.
    base = values((4, 3), np.float64)
    want, got = base.copy(), base.copy()
    k.py_func(want[:, ::2], idx, 1.0)
    k(got[:, ::2], idx, 1.0)
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("ufunc", UFUNC_AT)
def test_ufunc_at_tuple_of_indices(ufunc):
    """A tuple of integers and 1-d integer arrays on a's leading axes; the
    arrays broadcast (length m or 1), repeated positions apply repeatedly.
    Every kind of tuple on float64 C-order arrays; int32 and F-order (each
    kind one more compile) with arrays and with ints."""
    k = at_kernel(ufunc)
    i, j = np.array([1, 0, 1, -1, 1]), np.array([2, 0, 2, 1, -3])
    for dtype in (np.float64, np.int32):
        for shape in ((3, 4), (3, 4, 2)):
            c = values(shape, dtype)
            rest = shape[2:]
            arrays = [c]
            if dtype == np.float64:
                arrays += [np.asfortranarray(c), values(shape[::-1], dtype).T]
            for a in arrays:
                cases = [((i, j), values((5,) + rest, dtype)),
                         ((i, np.array([3])), values((5,) + rest, dtype)), ((1, -1), 3)]
                if a is c and dtype == np.float64:
                    cases += [((i, j), values(rest or (1,), dtype)), ((i, j), 2),
                              ((2, j), values((1,) + rest, dtype)),
                              ((i,), values(shape[1:], dtype)),
                              ((np.zeros(0, np.int64), 1), 1),
                              ((np.array([0]), np.zeros(0, np.int32)), 1)]
                for idx, b in cases:
                    want, got = a.copy(), a.copy(order="K")
                    k.py_func(want, idx, b)
                    k(got, idx, b)
                    np.testing.assert_array_equal(got, want, err_msg=f"{ufunc}.at "
                                                  f"{a.shape} {idx!r}")
    a3 = values((2, 3, 4), np.float64)
    want, got = a3.copy(), a3.copy()
    idx = (np.array([1, 1, 0]), np.array([2, 2, 0]), np.array([3, 3, -1]))
    k.py_func(want, idx, np.array([1.0, 2.0, 3.0]))
    k(got, idx, np.array([1.0, 2.0, 3.0]))
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("ufunc", UFUNC_AT)
def test_ufunc_at_nd_index_arrays(ufunc):
    """An N-d index array on a's first axis: b broadcasts to the indices'
    shape followed by a's other axes. NumPy 2.4's own ufunc.at reads b
    wrongly when b broadcasts along N-d indices (np.add.at(np.zeros(3),
    [[1, 0, 1], [2, 1, 2]], [1., 10., 100.]) gives garbage), so the
    reference is the unbuffered loop it documents, checked against NumPy
    where b has the full shape."""
    k = at_kernel(ufunc)

    def reference(a, i, b):
        full = np.broadcast_to(b, i.shape + a.shape[1:])
        for pos in np.ndindex(i.shape):
            a[i[pos]] = getattr(np, ufunc)(a[i[pos]], full[pos])

    idx = np.array([[1, 0, 1], [-1, 1, 2]])
    for dtype in (np.float64, np.int64):
        for shape in ((3,), (3, 2)):
            rest = shape[1:]
            a = values(shape, dtype)
            # Every index and b shape for float64; int64 with a full b and a scalar.
            cases = [(idx, values((2, 3) + rest, dtype)), (idx, 2),
                     (idx, values((2, 1) + rest, dtype)), (idx, values((1, 3) + rest, dtype)),
                     (idx.T.copy(), values((3, 1) + rest, dtype)),
                     (np.zeros((2, 0), np.int64), 1)]
            if dtype == np.float64:
                cases += [(idx, values((3,) + rest, dtype)),
                          (idx, values(rest or (1,), dtype)),
                          (idx[:, ::-2], values((1,) + rest, dtype)),
                          (idx.reshape(2, 1, 3), values((1, 1, 3) + rest, dtype)),
                          (idx.reshape(2, 1, 3), values((2, 1, 3) + rest, dtype))]
            for i, b in cases:
                want, got = a.copy(), a.copy()
                reference(want, i, b)
                k(got, i, b)
                np.testing.assert_array_equal(got, want, err_msg=f"{ufunc}.at {shape} "
                                              f"{i.shape} {np.shape(b)}")
                if np.shape(b) == i.shape + rest:
                    k.py_func(got, i, b)
                    reference(want, i, b)
                    np.testing.assert_array_equal(got, want)
    for i, b, exc in ((np.array([[0, 3]]), 1.0, IndexError),
                      (idx, np.ones((3, 3)), ValueError)):
        with pytest.raises(exc) as want:
            k.py_func(np.zeros(3), i, b)
        with pytest.raises(exc) as got:
            k(np.zeros(3), i, b)
        assert str(got.value) == str(want.value)


def test_ufunc_at_tuple_errors():
    k = at_kernel("add")
    for idx, b, exc, message in (
            ((np.array([0]), np.array([4])), 1.0, IndexError,
             "index 4 is out of bounds for axis 1 with size 4"),
            ((0, -5), 1.0, IndexError, "index -5 is out of bounds for axis 1 with size 4"),
            ((np.array([0, 1, 2]), np.array([0, 1])), 1.0, IndexError,
             "shape mismatch: indexing arrays could not be broadcast together"),
            ((np.array([0, 1]), np.array([0, 1])), np.ones(3), ValueError,
             "array is not broadcastable to correct shape")):
        with pytest.raises(exc, match=message):
            k.py_func(np.zeros((3, 4)), idx, b)
        with pytest.raises(exc, match=message):
            k(np.zeros((3, 4)), idx, b)
    with pytest.raises(nbc.TypingError, match="too many indices for array"):
        k(np.zeros(3), (0, 1), 1.0)
    with pytest.raises(nbc.UnsupportedError, match="a tuple of indices may hold"):
        k(np.zeros((3, 3)), (np.zeros((1, 1), np.int64), 1), 1.0)


def test_ufunc_at_casts_back_unsafely():
    """ufunc.at computes in the ufunc's loop dtype and casts back, as NumPy."""
    for ufunc in UFUNC_AT:
        k = at_kernel(ufunc)
        for a, b in ((-np.ones(4, np.int64), 0.5), (np.zeros(4, np.int8),
                                                   np.array([300, 300, 7, 9])),
                     (np.ones(4, np.int32), np.array([2.7, -3.5, 1.5, 0.2])),
                     (np.ones(4, np.float32), np.array([3e-8, 1e-3, 2.0, 1e30]))):
            want, got = a.copy(), a.copy()
            k.py_func(want, np.array([0, 0, 1, 3]), b)
            k(got, np.array([0, 0, 1, 3]), b)
            np.testing.assert_array_equal(got, want, err_msg=f"{ufunc} {a.dtype}")


def test_ufunc_at_errors():
    k = at_kernel("add")
    for a, i, b, exc, message in (
            (np.zeros(3), np.array([0, 3]), 1.0, IndexError,
             "index 3 is out of bounds for axis 0 with size 3"),
            (np.zeros(3), -4, 1.0, IndexError, "index -4 is out of bounds"),
            (np.zeros(3), np.array([0, 1]), np.ones(3), ValueError,
             "array is not broadcastable to correct shape"),
            (np.zeros((3, 2)), np.array([0, 1]), np.ones((2, 3)), ValueError,
             "array is not broadcastable to correct shape"),
            (np.zeros(3), np.array([0, 1]), np.ones((1, 2)), ValueError,
             "array is not broadcastable to correct shape")):
        with pytest.raises(exc, match=message):
            k.py_func(a.copy(), i, b)
        with pytest.raises(exc, match=message):
            k(a.copy(), i, b)
    with pytest.raises(nbc.TypingError, match="np.subtract.at: NumPy raises "
                       "TypeError: numpy boolean subtract"):
        at_kernel("subtract")(np.zeros(3, bool), np.array([0]), True)
    with pytest.raises(nbc.TypingError, match="valid indices"):
        k(np.zeros(3), np.array([0.0]), 1.0)
    ro = np.zeros(3)
    ro.flags.writeable = False
    with pytest.raises(nbc.TypingError):
        k(ro, np.array([0]), 1.0)


def at_positive(a):
    np.add.at(a, a > 2, 1)
    return a


def at_mask(a, mask, b):
    np.maximum.at(a, mask, b)
    np.multiply.at(a, mask, 2)
    return a


def at_slices(a, b):
    np.add.at(a, slice(1, 4), b)
    np.subtract.at(a, slice(None, None, -2), 10)
    np.multiply.at(a, slice(3), 2)
    np.add.at(a, slice(-2, None), 100)
    return a


def at_slice_bounds(a, lo, hi, step):
    np.add.at(a, slice(lo, hi, step), 10)
    return a


def at_float_slice(a):
    np.add.at(a, slice(0.5, 2), 1)


def at_deep_mask(a, mask):
    np.add.at(a, mask, 1)


def at_outcome(fn, *args):
    """fn's result (or exception type and message) on copies of args."""
    args = [x.copy() if isinstance(x, np.ndarray) else x for x in args]
    try:
        out = fn(*args)
    except Exception as e:  # noqa: BLE001 - compared with NumPy's
        return type(e), str(e)
    return out.dtype, out.tolist()


def test_ufunc_at_boolean_mask_and_slice():
    """A boolean mask (over a's leading axes) and slice(...) as .at's
    index, as NumPy's a[mask] and a[start:stop:step]."""
    cases = [(at_positive, np.arange(6.0)), (at_positive, np.arange(12).reshape(3, 4)),
             (at_mask, np.arange(6.0).reshape(2, 3), np.array([True, False]),
              np.array([10.0, -1.0, 20.0])),
             (at_mask, np.arange(6), np.arange(6) % 2 == 0, np.array([3, 1, 9])),
             (at_mask, np.arange(6.0), np.zeros(6, bool), 1.0),
             (at_slices, np.arange(7.0), np.array([1.0, 2.0, 3.0])),
             (at_slices, np.arange(10).reshape(5, 2), np.array([1, 2])),
             (at_mask, np.arange(6.0).reshape(2, 3), np.array([True, False, True]), 1.0),
             (at_mask, np.arange(6.0), np.ones(6, bool), np.ones(2)),
             (at_slices, np.arange(7.0), np.ones(2))]
    cases += [(at_slice_bounds, np.arange(6), *bounds) for bounds in (
        (0, 5, 2), (-1, -6, -1), (10, -10, -3), (-100, 100, 1), (2, 2, 1), (1, 3, 0))]
    kernels = {fn: nbc.njit(fn) for fn, *_ in cases}  # a signature compiles once
    for fn, *args in cases:
        assert at_outcome(kernels[fn], *args) == at_outcome(fn, *args), (fn, args)
    with pytest.raises(nbc.TypingError, match="slice indices must be integers"):
        nbc.njit(at_float_slice)(np.zeros(3))
    with pytest.raises(nbc.TypingError, match="boolean index of 2 dimensions"):
        nbc.njit(at_deep_mask)(np.zeros(3), np.ones((3, 1), bool))


# -- ufunc.reduceat ----------------------------------------------------------------
UFUNC_REDUCEAT = ("add", "multiply", "maximum", "minimum")


@functools.cache
def reduceat_kernel(ufunc):
    return nbc.njit(compiled_source(f"reduceat_{ufunc}", [f"np.{ufunc}.reduceat(a, i)"],
                                    params="a, i"))


REDUCEAT_SHAPES = ((9,), (9, 3), (9, 2, 2))


def reduceat_indices(int32):
    """Index arrays for a first axis of 9; the last int32 (one more compile) or int64."""
    return [np.array([0, 4, 1, 5, 5, 8]), np.array([3]), np.array([8, 0]),
            np.zeros(0, np.int64), np.arange(9, dtype=np.int32 if int32 else np.int64)]


@pytest.mark.parametrize("ufunc", UFUNC_REDUCEAT)
def test_ufunc_reduceat_spellings(ufunc):
    """axis left out, axis=0 and a positional 0 agree with NumPy."""
    k = nbc.njit(compiled_source(f"reduceat_spellings_{ufunc}", [
        f"np.{ufunc}.reduceat(a, i)", f"np.{ufunc}.reduceat(a, i, axis=0)",
        f"np.{ufunc}.reduceat(a, i, 0)"], params="a, i"))
    for shape in REDUCEAT_SHAPES:
        for i in reduceat_indices(int32=False):
            run(k, values(shape, np.float64), i)


@pytest.mark.parametrize("dtype", (np.int8, np.uint16, np.float32, np.float64, np.bool_),
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("ufunc", UFUNC_REDUCEAT)
def test_ufunc_reduceat(ufunc, dtype):
    """Each dtype on C-order arrays; float64 also F-order, strided and
    reversed, and int32 indices (paths that do not depend on the dtype)."""
    k = reduceat_kernel(ufunc)
    for shape in REDUCEAT_SHAPES:
        c = values(shape, dtype)
        for i in reduceat_indices(int32=dtype == np.float64):
            run(k, c, i)
        if dtype == np.float64:
            for a in (np.asfortranarray(c),
                      values(tuple(2 * n for n in shape), dtype)[::-2, ...]):
                for i in reduceat_indices(int32=False):
                    run(k, a, i)
    run(k, values((1,), dtype), np.array([0, 0]))


def test_ufunc_reduceat_errors():
    k = nbc.njit(compiled_source("reduceat_bad", ["np.add.reduceat(a, i)"],
                                 params="a, i"))
    for a, i in ((np.arange(5.0), np.array([0, 7])), (np.arange(5.0), np.array([-1])),
                 (np.ones(0), np.array([0]))):
        with pytest.raises(IndexError, match="out-of-bounds in add.reduceat"):
            k.py_func(a, i)
        with pytest.raises(IndexError, match="out-of-bounds in add.reduceat"):
            k(a, i)
    k = nbc.njit(compiled_source("reduceat_axis2", ["np.add.reduceat(a, i, axis=2)"],
                                 params="a, i"))
    with pytest.raises(np.exceptions.AxisError):
        k.py_func(np.ones((2, 3)), np.array([0]))
    with pytest.raises(nbc.NBCError, match="axis 2 is out of bounds"):
        k(np.ones((2, 3)), np.array([0]))
    k = nbc.njit(compiled_source("reduceat_bad_axis1", ["np.add.reduceat(a, i, 1)"],
                                 params="a, i"))
    for i in (np.array([0, 3]), np.array([-1])):
        with pytest.raises(IndexError, match="out-of-bounds in add.reduceat"):
            k.py_func(np.ones((2, 3)), i)
        with pytest.raises(IndexError, match="out-of-bounds in add.reduceat"):
            k(np.ones((2, 3)), i)


@pytest.mark.parametrize("dtype", (np.int32, np.float64, np.bool_),
                         ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("ufunc", UFUNC_REDUCEAT)
def test_ufunc_reduceat_other_axes(ufunc, dtype):
    """Each dtype on C-order arrays; float64 also F-order, strided and
    reversed, and int32 indices."""
    k = nbc.njit(compiled_source(f"reduceat_axes_{ufunc}", [
        f"np.{ufunc}.reduceat(a, i, axis=1)", f"np.{ufunc}.reduceat(a, i, -1)"],
        params="a, i"))
    for shape in ((2, 9), (3, 9), (2, 5, 9)):
        c = values(shape, dtype)
        arrays = [c]
        if dtype == np.float64:
            arrays += [np.asfortranarray(c),
                       values(tuple(2 * n for n in shape), dtype)[..., ::-2]]
        for a in arrays:
            n = min(a.shape[1], a.shape[-1])
            int32 = dtype == np.float64 and a is c  # one more compile
            for i in (np.array([0, n - 1, 1, 2, 2]), np.array([n - 1]),
                      np.arange(n, dtype=np.int32 if int32 else np.int64),
                      np.zeros(0, np.int64)):
                run(k, a, i)
    k3 = nbc.njit(compiled_source(f"reduceat_axis1_3d_{ufunc}", [
        f"np.{ufunc}.reduceat(a, i, axis=1)"], params="a, i"))
    for a in (values((2, 6, 3), dtype), values((0, 6, 2), dtype), values((1, 1, 1), dtype)):
        for i in (np.array([0, 4, 1]), np.array([0])):
            if i.max() < a.shape[1]:
                run(k3, a, i)


def test_unsupported_ufunc_methods_name_themselves():
    for call, message in (("np.subtract.accumulate(a)", "np.subtract.accumulate"),
                          ("np.add.reduceat(a, a)", "np.add.reduceat"),
                          ("np.divide.at(a, 0, a)", "np.divide.at"),
                          ("np.add.at(a, (a,), 1.0)", "np.add.at: a tuple of indices"),
                          ("np.power.reduce(a)", "np.power.reduce"),
                          ("np.add.accumulate(a, dtype=np.float32)", "'dtype'")):
        k = nbc.njit(compiled_source(f"bad_{abs(hash(call))}", [call]))
        with pytest.raises(nbc.UnsupportedError, match=message):
            k(np.ones(3))


def test_registry_names_real_ufunc_methods():
    """docs/Python.md's ufunc-method rows (scans.UFUNC_METHODS) name real
    NumPy ufunc methods, and these tests cover each."""
    from nbc.frontend.scans import UFUNC_METHODS
    tested = {"reduce": UFUNC_REDUCE, "accumulate": UFUNC_ACCUMULATE,
              "outer": UFUNC_OUTER, "at": UFUNC_AT, "reduceat": UFUNC_REDUCEAT}
    for method, ufuncs in UFUNC_METHODS.items():
        for ufunc in ufuncs:
            assert isinstance(getattr(np, ufunc), np.ufunc)
            assert callable(getattr(getattr(np, ufunc), method))
        assert set(ufuncs) <= set(tested[method]) | {"true_divide"}
