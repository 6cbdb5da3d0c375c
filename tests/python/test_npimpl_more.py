"""More NumPy through nbc: a.clip, np.arange's keywords, np.average and
np.count_nonzero with axis=, np.diagflat, np.insert, np.tril_indices_from /
np.triu_indices_from, np.kron, np.shape / np.size / np.ndim, np.dstack /
np.row_stack, np.nanpercentile / np.nanquantile. Each kernel runs against
NumPy running the same Python function (values, exact dtypes, exception
types), and against Numba side by side where Numba compiles it."""

import warnings

import numpy as np
import pytest

import nbc
import kernel_cache
from conftest import check, same

F = np.array([[1.5, -2.0, 3.25], [0.0, 4.0, -1.0]])
I = np.array([[3, 0, -2], [0, 7, 1]])
B = np.array([[True, False, True], [False, False, True]])
V = np.array([0.5, -3.0, 2.0, 0.0])
ARRAYS = [F, I, B, F.astype(np.float32), V, np.arange(6), F[:, ::2], np.asfortranarray(I),
          np.zeros((0, 3)), np.zeros(0), np.arange(24.0).reshape(2, 3, 4)]


def items(x):
    return list(x) if isinstance(x, tuple) else [x]


# Functions Numba has already run side by side for: once per function is
# enough (NumPy is the reference for every case), and Numba's compiles of
# NumPy's implementations took 85% of this file's time.
NUMBA_AGREED = set()
# Functions Numba refused whatever the argument types ("Numba does not
# support average with axis"): asking again only repeats its refusal.
NUMBA_REFUSED = set()


def agree(fn, *args, numba_too=True):
    """nbc against NumPy (values, exception types and exact dtypes), and
    against Numba, until Numba has once compiled `fn` and given NumPy's
    dtypes and shapes (where Numba differs, NumPy decides)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = check(kernel_cache.njit(fn), *args)
        try:
            want = fn(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
        except Exception:
            return got  # check() compared the exception types
        for w, g in zip(items(want), items(got)):
            if isinstance(w, np.ndarray):  # scalars come back as Python's (as Numba)
                assert np.asarray(g).dtype == w.dtype, (
                    f"{fn.__name__}{args}: dtype {np.asarray(g).dtype} != {w.dtype}")
        if not numba_too or fn in NUMBA_AGREED or fn in NUMBA_REFUSED:
            return got
        try:
            theirs = kernel_cache.numba_njit(fn)(*args)
        except Exception as e:  # not supported by Numba, or raising as NumPy (checked)
            if str(e).startswith("Numba does not support"):
                NUMBA_REFUSED.add(fn)
            return got
    if isinstance(want, np.float32):  # both rounded to NumPy's float32
        theirs, got = np.float32(theirs), np.float32(got)
    if all(np.shape(t) == np.shape(w) and np.asarray(t).dtype == np.asarray(w).dtype
           for t, w in zip(items(theirs), items(want)) if isinstance(w, np.ndarray)):
        assert same(theirs, got), f"{fn.__name__}{args}: nbc {got!r}, Numba {theirs!r}"
        NUMBA_AGREED.add(fn)
    return got


# -- a.clip ------------------------------------------------------------------------
def clip_method(a):
    return a.clip(0, 2)


def clip_max(a):
    return a.clip(max=1)


def clip_min(a):
    return a.clip(min=0.5)


def clip_none_low(a):
    return a.clip(None, 1)


def clip_function_keywords(a):
    return np.clip(a, a_min=-1, a_max=None)


def clip_function_new_keywords(a):
    return np.clip(a, min=-1, max=1)


def clip_arrays(a):
    return a.clip(np.zeros_like(a), np.ones_like(a))


def clip_out(a):
    return a.clip(0, 1, a)


def clip_scalar(x):
    return np.clip(x, 0, 3)


@pytest.mark.parametrize("a", ARRAYS, ids=range(len(ARRAYS)))
def test_clip(a):
    for fn in (clip_method, clip_max, clip_min, clip_none_low, clip_function_keywords,
               clip_function_new_keywords, clip_arrays):
        agree(fn, a)


def test_clip_scalar_and_refusals():
    for x in (5, -2.5, 1):
        agree(clip_scalar, x)
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(clip_out)(F.copy())
    assert "out" in str(e.value).splitlines()[0]


# -- np.arange keywords ---------------------------------------------------------------
def arange_stop(n):
    return np.arange(stop=n)


def arange_all(a, b, c):
    return np.arange(start=a, stop=b, step=c)


def arange_step(n):
    return np.arange(n, step=2)


def arange_dtype(n):
    return np.arange(1, stop=n, dtype=np.float32)


def arange_start_only(n):
    return np.arange(start=n)


def test_arange_keywords():
    for n in (0, 5, 7.5, -2):
        agree(arange_stop, n)
        agree(arange_step, n)
        agree(arange_dtype, n)
    for a, b, c in ((2, 9, 3), (0.5, 3.0, 0.25), (5, 1, -1), (3, 3, 1)):
        agree(arange_all, a, b, c)
    with pytest.raises(nbc.TypingError):
        nbc.njit(arange_start_only)(3)


# -- np.average / np.count_nonzero with axis ---------------------------------------
def average_axis0(a):
    return np.average(a, axis=0)


def average_last(a):
    return np.average(a, axis=-1)


def average_weighted(a, w):
    return np.average(a, axis=0, weights=w)


def average_weighted_last(a, w):
    return np.average(a, -1, w)


def average_none_axis(a):
    return np.average(a, axis=None)


def average_two_axes(a, w):
    return np.average(a, axis=(0, 1), weights=w)


def average_returned(a):
    return np.average(a, axis=0, returned=True)


def count_axis0_last_none(a):  # one compilation (for Numba too) of three calls
    return (np.count_nonzero(a, axis=0), np.count_nonzero(a, axis=-1),
            np.count_nonzero(a, axis=None))


def count_tuple(a):
    return np.count_nonzero(a, axis=(0, 1))


@pytest.mark.parametrize("a", ARRAYS, ids=range(len(ARRAYS)))
def test_average_and_count_nonzero_along_axes(a):
    for fn in (average_axis0, average_last, average_none_axis, count_axis0_last_none):
        agree(fn, a)
    if a.ndim > 1:
        agree(count_tuple, a)
    agree(average_weighted_last, a, np.ones(a.shape))
    weights = [np.ones(a.shape)]
    if any(a is x for x in ARRAYS[:4]):  # NumPy's promotion of each array dtype
        weights += [np.arange(a.size).reshape(a.shape).astype(np.float32),
                    np.zeros(a.shape, np.int64)]
    for w in weights:
        agree(average_weighted, a, w)
    agree(average_weighted, a, np.arange(1, a.shape[0] + 1))
    agree(average_weighted_last, a, np.linspace(1, 2, a.shape[-1]))
    agree(average_weighted_last, a, np.ones(a.shape[-1] + 1))


def test_average_refusals():
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(average_returned)(F)
    assert "returned" in str(e.value).splitlines()[0]
    with pytest.raises(nbc.UnsupportedError) as e:  # 1-d weights over two axes
        nbc.njit(average_two_axes)(ARRAYS[-1], np.ones(2))
    assert "weights" in str(e.value).splitlines()[0]


# -- np.diagflat, np.insert, triangle indices ------------------------------------------
def diagflat_plain(v):
    return np.diagflat(v)


def diagflat_k(v, k):
    return np.diagflat(v, k)


def insert_one(a, i, x):
    return np.insert(a, i, x)


def tril_from(a, k):
    return np.tril_indices_from(a, k)


def triu_from(a, k):
    return np.triu_indices_from(a, k)


def tril_from_default(a):
    return np.tril_indices_from(a)


@pytest.mark.parametrize("a", ARRAYS, ids=range(len(ARRAYS)))
def test_diagflat_and_insert(a):
    agree(diagflat_plain, a)
    for k in (0, 2, -1):
        agree(diagflat_k, a, k)
    for i in (0, 2, -1, a.size, a.size + 1):
        agree(insert_one, a, i, 9)
        agree(insert_one, a, i, np.array([7.5, 8.5]))
    for idx in (np.array([0, 2]), np.array([1]), np.array([3, 0, 3]),
                np.array([-1, 1]), np.array([0, 99])):
        agree(insert_one, a, idx, 6)
        agree(insert_one, a, idx, np.array([4, 5]))
        agree(insert_one, a, idx, np.array([4, 5, 6]))
    agree(insert_one, a, np.array([0.0, 1.0]), 6)
    agree(insert_one, a, 1.0, 6)


def test_diagflat_scalar_and_insert_refusal():
    agree(diagflat_plain, 3.5)
    agree(diagflat_k, 2, 1)
    with pytest.raises(nbc.UnsupportedError):
        nbc.njit(insert_one)(V, np.array([True, False, True, False]), 1)


def test_triangle_indices_from():
    for a in (np.zeros((4, 4)), np.zeros((3, 5)), np.zeros((5, 2), np.int32),
              np.zeros((0, 0))):
        for k in (0, 1, -2, 7):
            agree(tril_from, a, k)
            agree(triu_from, a, k)
        agree(tril_from_default, a)
    agree(tril_from, V, 0)
    agree(triu_from, np.zeros((2, 2, 2)), 0)


# -- np.kron, np.shape / size / ndim, joining ------------------------------------------
def kron(a, b):
    return np.kron(a, b)


def sizes(a):
    return np.shape(a), np.size(a), np.ndim(a)


def dstack(a, b):
    return np.dstack((a, b))


def row_stack(a, b):
    return np.row_stack((a, b))


def joined(a, b):
    return np.hstack((a, b)), np.vstack((a, b)), np.column_stack((a, b))


KRON_OPERANDS = [V, np.array([True, False]), np.zeros(0, np.int32), F, I, B,
                 F.astype(np.float32), np.zeros((0, 2)), F.T]


@pytest.mark.parametrize("k", range(len(KRON_OPERANDS)))
def test_kron(k):
    """Every pair of dtypes and layouts of one rank; a 1-d with a 2-d
    operand (each pair a compilation) where one of them is float64."""
    a = KRON_OPERANDS[k]
    for b in KRON_OPERANDS:
        if a.ndim == b.ndim or np.float64 in (a.dtype, b.dtype):
            agree(kron, a, b)


def test_kron_3d_and_refused_scalars():
    agree(kron, ARRAYS[-1], V)  # NumPy's broadcast product (test_numpy_edges.py)
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(kron)(2.0, V)
    assert "np.kron" in str(e.value).splitlines()[0]


def test_shape_size_ndim():
    for a in ARRAYS + [np.zeros((2, 0, 3, 1))]:
        agree(sizes, a)
    for x in (3, 2.5, True):
        agree(sizes, x)


def test_dstack_and_joining():
    for a, b in ((V, V[::-1]), (F, F), (I, F), (F.T, I.T), (np.zeros(0), np.zeros(0)),
                 (ARRAYS[-1], ARRAYS[-1])):
        agree(dstack, a, b)
    for a, b in ((V, V[::-1]), (F, F), (I, F), (np.arange(3), np.arange(3.0))):
        agree(joined, a, b)
        agree(row_stack, a, b)


# -- np.nanpercentile / np.nanquantile ---------------------------------------------------
def nanpercentile(a, q):
    return np.nanpercentile(a, q)


def nanquantile(a, q):
    return np.nanquantile(a, q)


def nanpercentile_axis(a, q):
    return np.nanpercentile(a, q, axis=0)


def nanquantile_last(a, q):
    return np.nanquantile(a, q, axis=-1, keepdims=True)


WITH_NANS = np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, np.nan], [4.0, -2.0, 0.5]])
QUANTILE_ARRAYS = ARRAYS + [WITH_NANS, WITH_NANS.astype(np.float32), np.array([np.nan])]


def empty_with_array_q(a, q):
    """NumPy gives one NaN (np.nanmean's) for any q, a shape nbc's compiled
    type cannot follow (numpy/numpy#14599 calls it a bug): nbc's NaNs have
    q's shape followed by the kept axes, as for a non-empty array, and the
    dtype the same call has for a non-empty array."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for fn, kept in ((nanpercentile, ()), (nanpercentile_axis, a.shape[1:])):
            got = kernel_cache.njit(fn)(a, q)
            want = np.asarray(fn(a, q))
            assert np.isnan(want).all()
            nonempty = fn(np.ones((1,) + a.shape[1:], a.dtype), q)
            assert got.shape == q.shape + kept and got.dtype == nonempty.dtype
            np.testing.assert_array_equal(got, np.broadcast_to(want, got.shape))


# Array q (q's shape, then the kept axes) on the C-order float64 arrays of
# ranks 1 and 2 (and their empty and all-NaN kin); the other dtypes,
# layouts and rank 3 take scalar q only.
ARRAY_Q_SIGNATURES = {(np.dtype(np.float64), n, True) for n in (1, 2)}


@pytest.mark.parametrize("k", range(len(QUANTILE_ARRAYS)))
def test_nan_quantiles(k):
    a = QUANTILE_ARRAYS[k]
    array_q = (a.dtype, a.ndim, a.flags.c_contiguous) in ARRAY_Q_SIGNATURES
    for q in (0, 50, 99.5, 100) + ((np.array([10.0, 90.0]), np.array([[25], [75]]))
                                   if array_q else ()):
        if a.size == 0 and np.ndim(q):
            empty_with_array_q(a, q)
            continue
        agree(nanpercentile, a, q)
        agree(nanquantile, a, q / 100)
        if a.dtype == np.bool_:  # NumPy's TypeError, at compile time
            with pytest.raises(nbc.UnsupportedError):
                nbc.njit(nanpercentile_axis)(a, q)
        elif a.size:
            agree(nanpercentile_axis, a, q)
            agree(nanquantile_last, a, q / 100)
    agree(nanpercentile, a, 101)
    agree(nanquantile, a, -0.5)
